package org.chainrule.ui.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.Exporter;
import org.chainrule.draw.export.Exporters;
import org.chainrule.io.GraphFile;

/**
 * The export dialog's last choices and folder, kept in {@code export.properties} of the app's folder
 * ({@code ~/.chainrule}), so the next export starts where the last one ended. A missing or damaged file
 * gives the defaults; a value that no longer makes sense (an unknown format) falls back on its own.
 */
public final class ExportMemory {
    private final Path file;

    public ExportMemory(Path home) { this.file = home.resolve("export.properties"); }

    /** The settings of the last export, or {@link ExportSettings#DEFAULT}. */
    public ExportSettings settings() {
        Properties p = read();
        ExportSettings d = ExportSettings.DEFAULT;
        Exporter format = Exporters.byName(p.getProperty("format", ""));
        AnnotateMode annotate = AnnotateMode.byName(p.getProperty("annotate", ""));
        int scale = switch (p.getProperty("scale", "")) {
            case "2" -> 2;
            case "4" -> 4;
            default -> 1;
        };
        return new ExportSettings(format == null ? d.format() : format, annotate == null ? d.annotate() : annotate, scale,
                Boolean.parseBoolean(p.getProperty("transparent")), Boolean.parseBoolean(p.getProperty("unrolled")),
                Boolean.parseBoolean(p.getProperty("pictureOnly")));
    }

    /** The folder of the last export, if it still exists. */
    public Path folder() {
        String f = read().getProperty("folder");
        if (f == null) return null;
        Path p = Path.of(f);
        return Files.isDirectory(p) ? p : null;
    }

    /** Keeps {@code s} and the folder exported into for next time; a failure to write is not the export's. */
    public void remember(ExportSettings s, Path folder) {
        Properties p = new Properties();
        p.setProperty("format", s.format().name());
        p.setProperty("annotate", s.annotate().name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("scale", Integer.toString(s.scale()));
        p.setProperty("transparent", Boolean.toString(s.transparent()));
        p.setProperty("unrolled", Boolean.toString(s.unrolled()));
        p.setProperty("pictureOnly", Boolean.toString(s.pictureOnly()));
        if (folder != null) p.setProperty("folder", folder.toAbsolutePath().toString());
        StringWriter w = new StringWriter();
        try {
            p.store(w, "Chainrule: the last choices of File > Export");
            Files.createDirectories(file.getParent());
            GraphFile.writeText(w.toString(), file);
        } catch (IOException | RuntimeException e) {
            // remembering is a convenience: the export itself succeeded
        }
    }

    private Properties read() {
        Properties p = new Properties();
        try {
            if (Files.isRegularFile(file)) p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            // damaged: the defaults
        }
        return p;
    }
}
