package org.chainrule.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --nodes N [--seed S] -o FILE}: writes a random layered benchmark graph. */
@Command(name = "generate",
        description = "Writes a random layered add/mul/relu graph with skip connections (a million nodes is about 97 MB).")
final class GenerateCommand extends CliCommand {
    @Option(names = "--nodes", paramLabel = "N", defaultValue = "1000000", description = "How many nodes (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "-o", paramLabel = "FILE", required = true, description = "The graph file to write.")
    String target;

    @Override
    int run(PrintStream out) {
        atLeast("--nodes", nodes, 16);
        atLeast("--seed", seed, 0);
        Path file = Path.of(target);
        try {
            long t0 = System.nanoTime();
            long written = new RandomLayeredGraph(nodes, (long) seed).write(file);
            out.printf(Locale.ROOT, "%s: %,d nodes, %.1f MB in %.1f s%n", file, written, Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write: " + e.getMessage());
        }
        return 0;
    }
}
