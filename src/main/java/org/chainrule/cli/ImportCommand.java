package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableImport;
import org.chainrule.model.Graph;
import org.chainrule.ops.Activation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import TABLE [--activation A] [-o OUT]}: an adjacency table (docs/file-format.md, adjacency tables) → a graph file, printed
 * or saved to OUT.
 */
@Command(name = "import",
        description = "An adjacency table (spaces, tabs, commas, semicolons or Markdown) as a graph file:"
                + " printed, or saved with -o.")
final class ImportCommand extends CliCommand {
    @Parameters(paramLabel = "TABLE", description = "The table file.")
    String file;

    @Option(names = "--activation", paramLabel = "A", defaultValue = "identity",
            description = "The activation of every neuron: identity (default), relu, leaky_relu, sigmoid, tanh, step.")
    String activationName;

    @Option(names = "-o", paramLabel = "OUT", description = "Saves the graph file to OUT instead of printing it.")
    String out0;

    @Override
    int run(PrintStream out) {
        Activation activation = Activation.byId(activationName);
        if (activation == null) {
            String known = Arrays.stream(Activation.values()).map(Activation::id).collect(Collectors.joining(", "));
            throw new UsageException("unknown activation '" + activationName + "' (one of " + known + ")");
        }
        Graph g = TableImport.read(Path.of(file), activation);
        if (out0 == null) {
            out.print(GraphFile.toJson(g));
        } else {
            GraphFile.write(g, Path.of(out0));
            out.println("saved " + out0 + " (" + g.nodeCount() + " nodes, " + g.edgeCount() + " edges"
                    + (g.outputId() == null ? ", no single output" : ", output " + g.outputId())
                    + (TableImport.recurrent(g) ? ", self-loops: " + g.timesteps() + " time steps" : "") + ")");
        }
        return 0;
    }
}
