package org.chainrule.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The exam graphs of {@code graphs/}: from the directory named by the system property
 * {@code chainrule.graphs}, else {@code graphs/} in the working directory or next to the jar, else the
 * copies bundled in the jar (the build copies {@code graphs/} onto the class path), so that
 * {@code java -jar chainrule.jar} can open one from anywhere.
 */
public final class Examples {
    /** The graph shown when the editor starts without a file. */
    public static final String DEFAULT = "tum-p6b-skip.json";

    /** One example: its file name and where to read it. */
    public record Example(String fileName, Path path, String resource) {
        /** Graph files ({@code .json}) open; tables ({@code .txt}) are imported. */
        public boolean isTable() { return fileName.endsWith(".txt"); }

        public String text() {
            try {
                if (path != null) return Files.readString(path, StandardCharsets.UTF_8);
                try (InputStream in = Examples.class.getResourceAsStream(resource)) {
                    if (in == null) throw new IOException("missing resource " + resource);
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    private Examples() {}

    /** Every example, sorted by file name. */
    public static List<Example> list() {
        Path dir = directory();
        TreeMap<String, Example> found = new TreeMap<>();
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Examples::isExample).forEach(p -> found.put(p.getFileName().toString(), new Example(p.getFileName().toString(), p, null)));
            } catch (IOException ignored) {
                // fall back to the bundled copies
            }
        }
        if (found.isEmpty()) for (String name : bundled()) found.put(name, new Example(name, null, "/graphs/" + name));
        return new ArrayList<>(found.values());
    }

    /** The example called {@code fileName}, or null. */
    public static Example find(String fileName) {
        for (Example e : list()) if (e.fileName().equals(fileName)) return e;
        return null;
    }

    private static boolean isExample(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".json") || n.endsWith(".txt"));
    }

    private static Path directory() {
        String prop = System.getProperty("chainrule.graphs");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) candidates.add(Path.of(prop));
        candidates.add(Path.of("graphs"));
        Path jar = codeSource();
        if (jar != null && jar.getParent() != null) {
            candidates.add(jar.getParent().resolve("graphs"));
            if (jar.getParent().getParent() != null) candidates.add(jar.getParent().getParent().resolve("graphs"));
        }
        for (Path c : candidates) if (Files.isDirectory(c)) return c;
        return null;
    }

    private static Path codeSource() {
        try {
            return Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException ex) {
            return null;
        }
    }

    /** Names of the examples on the class path (a jar, or target/classes when run from Maven). */
    private static List<String> bundled() {
        List<String> names = new ArrayList<>();
        Path source = codeSource();
        if (source == null) return names;
        try {
            if (Files.isDirectory(source)) {
                Path dir = source.resolve("graphs");
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(Examples::isExample).forEach(p -> names.add(p.getFileName().toString()));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        String n = en.nextElement().getName();
                        if (n.startsWith("graphs/") && (n.endsWith(".json") || n.endsWith(".txt")) && n.indexOf('/', 7) < 0) {
                            names.add(n.substring(7));
                        }
                    }
                }
            }
        } catch (IOException ignored) {
            // no bundled examples
        }
        return names;
    }
}
