package org.chainrule.cli;

import java.io.PrintStream;
import java.util.Set;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;

/** {@code eval FILE [--set KEY=V,...] [--json]}: forward and reverse pass. */
public final class EvalCommand implements Command {
    public String name() { return "eval"; }

    public String usage() { return "eval FILE [--set KEY=V,...] [--json] [--summary]  values and gradients"; }

    public int run(String[] argv, PrintStream out) {
        return run(argv, out, System.err);
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = Args.parse(name(), argv, 1, Set.of("--set"), Set.of("--json", "--summary"));
        String file = a.single("FILE");
        if (a.flag("--summary") || StreamedEval.isBig(file)) {
            return StreamedEval.run(file, a.option("--set"), a.flag("--json"), a.flag("--summary"), out, err);
        }
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        Evaluation ev = Engine.evaluate(g);
        out.println(a.flag("--json") ? JsonOutput.toJson(EvaluationReport.json(ev)) : EvaluationReport.human(ev));
        EvaluationReport.warnings(ev, file, err);
        return 0;
    }
}
