package org.chainrule.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.chainrule.bench.Benchmarks;
import org.chainrule.io.InputException;

/**
 * {@code bench [FILE] [--nodes N] [--runs R]}: the in-process benchmarks of docs/performance.md. Without
 * FILE it generates the million-node benchmark graph into {@code bench-data/} once and reuses it.
 */
public final class BenchCommand implements Command {
    public String name() { return "bench"; }

    public String usage() { return "bench [FILE] [--nodes N] [--runs R]         engine vs flat loop, P10b x 10,000, layout"; }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--nodes", "--runs"), Set.of());
        int nodes = a.integer("--nodes", 1_000_000, 16);
        int runs = a.integer("--runs", 7, 1);
        Path file = a.positional().isEmpty() ? Path.of("bench-data", "random-" + nodes + ".json") : Path.of(a.single("FILE"));
        Benchmarks b = new Benchmarks(out, runs);
        try {
            if (a.positional().isEmpty()) Benchmarks.ensureGraph(file, nodes, 1, out);
            out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            b.engineAgainstYardstick(file);
            b.recurrence(10_000);
            b.layout(1_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        return 0;
    }
}
