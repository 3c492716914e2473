package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Validator;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check FILE}: prints every problem of a graph file; exit 1 if there is any. */
@Command(name = "check",
        description = "Validates a graph file and prints every problem. Exit code 1 when it found any,"
                + " 2 when the file cannot be read as JSON at all.")
final class CheckCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", description = "The graph file.")
    String file;

    @Override
    int run(PrintStream out) {
        String text = GraphFile.readText(Path.of(file));
        List<String> problems = new ArrayList<>(GraphFile.problems(text, file));
        if (problems.isEmpty()) {
            Graph g = GraphFile.parse(text, file);
            for (Diagnostic d : Validator.validate(g)) problems.add(file + ": " + d.message());
            // a graph that evaluates may still compute numbers that are not numbers (1/0, log 0)
            if (problems.isEmpty()) {
                for (Diagnostic d : Validator.numbers(Engine.evaluate(g))) problems.add(file + ": " + d.message());
            }
            if (problems.isEmpty()) {
                out.println(file + ": ok (" + g.nodeCount() + " nodes, " + g.edgeCount() + " edges, "
                        + g.timesteps() + " time step" + (g.timesteps() == 1 ? "" : "s") + ", output " + g.output().id() + ")");
                return 0;
            }
        }
        problems.forEach(out::println);
        return 1;
    }
}
