package org.chainrule.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Variants;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.io.VaryField;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code variants FILE --count N [--seed S] -o DIR}: N files of the same graph with new small integers
 * whose values and gradients are nice ({@link Variants}), named {@code NAME-variant-K.json}.
 */
@Command(name = "variants",
        description = "N files of the same graph with new small integers for its inputs, params, weights and biases,"
                + " each with nice answers (at most two decimals); the same seed gives the same files.")
final class VariantsCommand extends GraphCommand {
    @Option(names = "--count", paramLabel = "N", required = true, description = "How many variants.")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "-o", paramLabel = "DIR", required = true, description = "The folder to write the files into (made if missing).")
    String dir;

    @Override
    int run(PrintStream out) {
        atLeast("--count", count, 1);
        Graph g = graph.load();
        // an invalid graph is said as such, not as "no nice draw"
        if (Engine.evaluate(g).hasTensors()) throw new InputException(graph.file + ": variants of a graph with vectors or matrices are not drawn");
        Map<String, Variants.Range> ranges = VaryField.ranges(g, graph.file);
        if (ranges.isEmpty()) throw new InputException(graph.file + ": no number varies (every one says \"vary\": false)");
        List<Graph> found = Variants.draw(g, ranges, count, seed);
        if (found.size() < count) {
            throw new InputException(graph.file + ": no nice draw for variant " + (found.size() + 1) + " of " + count
                    + " after " + Variants.ATTEMPTS + " tries (every value and gradient finite, |x| ≤ 1000, at most two"
                    + " decimals); widen the ranges with \"vary\"");
        }
        Path folder = Path.of(dir);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot make the folder: " + e.getMessage());
        }
        String stem = stem(graph.file);
        int width = String.valueOf(count).length();
        for (int k = 1; k <= count; k++) {
            Path file = folder.resolve(stem + "-variant-" + String.format("%0" + width + "d", k) + ".json");
            GraphFile.write(found.get(k - 1), file);
            out.println("saved " + file);
        }
        return 0;
    }

    private static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
