package org.chainrule.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.io.InputException;

/** {@code generate --nodes N [--seed S] -o FILE}: writes a random layered benchmark graph. */
public final class GenerateCommand implements Command {
    public String name() { return "generate"; }

    public String usage() { return "generate --nodes N [--seed S] -o FILE       random layered benchmark graph"; }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--nodes", "--seed", "-o"), Set.of());
        if (!a.positional().isEmpty()) throw new UsageException(name() + ": unexpected argument '" + a.positional().get(0) + "'");
        String o = a.option("-o");
        if (o == null) throw new UsageException(name() + ": -o FILE is required");
        int nodes = a.integer("--nodes", 1_000_000, 16);
        long seed = a.integer("--seed", 1, 0);
        Path file = Path.of(o);
        try {
            long t0 = System.nanoTime();
            long written = new RandomLayeredGraph(nodes, seed).write(file);
            out.printf(Locale.ROOT, "%s: %,d nodes, %.1f MB in %.1f s%n", file, written, Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write: " + e.getMessage());
        }
        return 0;
    }
}
