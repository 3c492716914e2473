package org.chainrule.cli;

import java.io.PrintStream;
import org.chainrule.engine.Tangents;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eval FILE [--set KEY=V,...] [--json] [--summary] [--of ID | --forward --wrt KEY]}: forward and
 * reverse pass, the reverse pass seeded at another node, or forward mode.
 */
@Command(name = "eval",
        description = "Forward and reverse pass: every node's value and every key's gradient."
                + " Files from 8 MB on are streamed into compact arrays.")
final class EvalCommand extends GraphCommand {

    @Mixin
    JsonFlag json;

    @Option(names = "--summary", description = "Prints only the output's value, the size and the timings.")
    boolean summary;

    @Mixin
    ForwardOptions mode;

    @Override
    int run(PrintStream out) {
        mode.check();
        if (summary && mode.any()) throw new UsageException("--summary prints the output only: leave out --forward and --of");
        if (!mode.any() && (summary || StreamedEval.isBig(graph.file))) {
            return StreamedEval.run(graph.file, graph.sets, json.on, summary, out, err);
        }
        Graph g = graph.load();
        if (mode.forward) {
            Tangents tg = mode.tangents(g);
            out.println(json.on ? JsonOutput.toJson(TangentReport.json(tg)) : TangentReport.human(tg));
            EvaluationReport.warnings(tg.evaluation(), graph.file, err);
            return 0;
        }
        Evaluation ev = mode.evaluate(g);
        out.println(json.on ? JsonOutput.toJson(EvaluationReport.json(ev)) : EvaluationReport.human(ev));
        EvaluationReport.warnings(ev, graph.file, err);
        return 0;
    }
}
