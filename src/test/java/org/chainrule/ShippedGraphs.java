package org.chainrule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;

/**
 * The graph files shipped in graphs/, for tests: the folder comes from the system property
 * {@code chainrule.graphs} (set by the pom), else {@code graphs} in the working directory.
 */
public final class ShippedGraphs {
    private ShippedGraphs() {}

    public static Path dir() {
        return Path.of(System.getProperty("chainrule.graphs", "graphs"));
    }

    /** The path of one shipped file, e.g. {@code tum-p6b-skip.json}. */
    public static Path path(String name) {
        return dir().resolve(name);
    }

    /** One shipped graph, read with the program's own reader. */
    public static Graph read(String name) {
        return GraphFile.read(path(name));
    }

    /** Every {@code *.json} in graphs/, sorted; a test over an empty list fails (the files ship). */
    public static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * Up to this many diagram nodes over all stepper positions ((steps + 1) × nodes) a test of every
     * position draws every one; a bigger view (the 50-step RNN and LSTM unrolled) is checked at
     * {@link #SPREAD} positions spread over it.
     */
    public static final int ALL_POSITIONS_UP_TO = 20_000;
    static final int SPREAD = 24;

    /**
     * The stepper positions a test of "every position" checks: all of them, or for a view above
     * {@link #ALL_POSITIONS_UP_TO} the start, the end of the forward pass, the end, the position before
     * each end, and positions spread evenly between.
     */
    public static List<Integer> positions(org.chainrule.engine.StepCursor c) {
        int n = c.size() + 1;
        if ((long) n * c.graph().nodeCount() <= ALL_POSITIONS_UP_TO) return java.util.stream.IntStream.range(0, n).boxed().toList();
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>(List.of(0, c.forwardCount() - 1, c.forwardCount(), c.size() - 1, c.size()));
        for (int i = 0; i < SPREAD; i++) at.add((int) Math.round(i * (n - 1) / (double) (SPREAD - 1)));
        return List.copyOf(at);
    }

    /** The file name without {@code .json}, to name a graph in a failure. */
    public static String name(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - ".json".length());
    }
}
