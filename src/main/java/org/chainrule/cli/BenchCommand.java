package org.chainrule.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.chainrule.bench.Benchmarks;
import org.chainrule.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench [FILE] [--nodes N] [--runs R]}: the in-process benchmarks of docs/performance.md. Without
 * FILE it generates the million-node benchmark graph into {@code bench-data/} once and reuses it.
 */
@Command(name = "bench",
        description = "The benchmarks of docs/performance.md: the engine against a flat-array loop,"
                + " the P10b cell over 10,000 steps, layout of 1,000 nodes.")
final class BenchCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The graph to evaluate (default: one generated into bench-data/ once).")
    String given;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "1000000",
            description = "Nodes of the generated graph (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "7", description = "Timed runs of each benchmark (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--layout", paramLabel = "N", split = ",",
            description = "Only the layout benchmark, for graphs of these sizes in turn (the first run of a"
                    + " JVM is the cold one), e.g. --layout 1000,20000.")
    java.util.List<Integer> layoutOnly;

    @Override
    int run(PrintStream out) {
        atLeast("--nodes", nodes, 16);
        atLeast("--runs", runs, 1);
        Path file = given == null ? Path.of("bench-data", "random-" + nodes + ".json") : Path.of(given);
        Benchmarks b = new Benchmarks(out, runs);
        try {
            if (layoutOnly != null) {
                for (int n : layoutOnly) {
                    atLeast("--layout", n, 2);
                    b.layout(n);
                }
                return 0;
            }
            if (given == null) Benchmarks.ensureGraph(file, nodes, 1, out);
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
