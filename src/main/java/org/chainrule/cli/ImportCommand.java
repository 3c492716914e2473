package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableImport;
import org.chainrule.model.Graph;
import org.chainrule.ops.Activation;

/**
 * {@code import TABLE [--activation A] [-o OUT]}: an adjacency table (SPEC §3) → a graph file, printed
 * or saved to OUT.
 */
public final class ImportCommand implements Command {
    public String name() { return "import"; }

    public String usage() {
        return "import TABLE [--activation A] [-o OUT]     adjacency table -> graph file";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--activation", "-o"), Set.of());
        String file = a.single("TABLE");
        String name = a.option("--activation", Activation.IDENTITY.id());
        Activation activation = Activation.byId(name);
        if (activation == null) {
            String known = Arrays.stream(Activation.values()).map(Activation::id).collect(Collectors.joining(", "));
            throw new UsageException("import: unknown activation '" + name + "' (one of " + known + ")");
        }
        Graph g = TableImport.read(Path.of(file), activation);
        String out0 = a.option("-o");
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
