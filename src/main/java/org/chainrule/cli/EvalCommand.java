package org.chainrule.cli;

import java.io.PrintStream;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval FILE [--set KEY=V,...] [--json] [--summary]}: forward and reverse pass. */
@Command(name = "eval",
        description = "Forward and reverse pass: every node's value and every key's gradient."
                + " Files from 8 MB on are streamed into compact arrays.")
final class EvalCommand extends GraphCommand {

    @Mixin
    JsonFlag json;

    @Option(names = "--summary", description = "Prints only the output's value, the size and the timings.")
    boolean summary;

    @Override
    int run(PrintStream out) {
        if (summary || StreamedEval.isBig(graph.file)) return StreamedEval.run(graph.file, graph.sets, json.on, summary, out, err);
        Graph g = graph.load();
        Evaluation ev = Engine.evaluate(g);
        out.println(json.on ? JsonOutput.toJson(EvaluationReport.json(ev)) : EvaluationReport.human(ev));
        EvaluationReport.warnings(ev, graph.file, err);
        return 0;
    }
}
