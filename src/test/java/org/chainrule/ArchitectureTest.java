package org.chainrule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies (ops ← model ← engine, edit, layout, io, draw ← cli, ui): read from
 * the import lines of the sources, so a violation fails the build with the file and the import.
 */
class ArchitectureTest {
    private static final Path SRC = Path.of("src/main/java/org/chainrule");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** For each package: the prefixes of imports it must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "ops", List.of("org.chainrule.", "org.jgrapht", "com.google", "javafx", "org.controlsfx", "org.eclipse"),
            "model", List.of("org.chainrule.engine", "org.chainrule.io", "org.chainrule.cli", "org.chainrule.ui",
                    "org.chainrule.draw", "org.chainrule.layout", "org.chainrule.edit", "com.google", "javafx", "org.controlsfx"),
            "engine", List.of("org.chainrule.io", "org.chainrule.cli", "org.chainrule.ui", "org.chainrule.draw", "javafx", "org.controlsfx"),
            "edit", List.of("org.chainrule.cli", "org.chainrule.ui", "javafx", "org.controlsfx"),
            "layout", List.of("org.chainrule.engine", "org.chainrule.io", "org.chainrule.cli", "org.chainrule.ui", "javafx", "org.controlsfx"),
            "io", List.of("org.chainrule.cli", "org.chainrule.ui", "javafx", "org.controlsfx"),
            "draw", List.of("org.chainrule.cli", "org.chainrule.ui", "javafx", "org.controlsfx"),
            "cli", List.of("org.chainrule.ui", "javafx", "org.controlsfx"));

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Path rel = SRC.relativize(f);
                if (rel.getNameCount() < 2) continue; // Main.java at the top may reach everything
                List<String> banned = FORBIDDEN.get(rel.getName(0).toString());
                if (banned == null) continue;
                String text = Files.readString(f);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    String imp = m.group(1);
                    for (String b : banned) {
                        boolean sameTree = imp.startsWith("org.chainrule." + rel.getName(0) + ".");
                        if (imp.startsWith(b) && !sameTree) violations.add(rel + " imports " + imp);
                    }
                }
                for (String b : banned) {
                    if ((b.equals("javafx") || b.equals("org.controlsfx")) && text.contains(b + ".") && !text.contains("import " + b)) {
                        if (Pattern.compile("\\b" + Pattern.quote(b) + "\\.[a-z]+\\.").matcher(text).find()) {
                            violations.add(rel + " names " + b + " classes");
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "dependency rules broken:\n" + String.join("\n", violations));
    }
}
