package org.chainrule.draw.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The graph files shipped in graphs/ (system property {@code chainrule.graphs}, set by the pom). */
final class ShippedGraphs {
    private ShippedGraphs() {}

    static Path dir() {
        return Path.of(System.getProperty("chainrule.graphs", "graphs"));
    }

    /** Every {@code *.json} in graphs/, sorted; a test over an empty list fails (the files ship). */
    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static String name(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - ".json".length());
    }
}
