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

    /** The file name without {@code .json}, to name a graph in a failure. */
    public static String name(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - ".json".length());
    }
}
