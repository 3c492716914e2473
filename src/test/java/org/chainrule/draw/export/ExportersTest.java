package org.chainrule.draw.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.cli.Cli;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one list of export formats, and the command line writing exactly what each exporter gives. */
class ExportersTest {
    @TempDir Path dir;

    @Test
    void everyFormatIsListedOnceByNameAndExtension() {
        assertEquals(List.of("SVG", "PNG", "TikZ", "DOT", "Table"), Exporters.all().stream().map(Exporter::name).toList());
        for (Exporter e : Exporters.all()) {
            assertEquals(e, Exporters.byExtension(e.extension().toUpperCase(java.util.Locale.ROOT)));
            assertEquals(e, Exporters.byName(e.name()));
            assertEquals(e, Exporters.forFile("dir.x/out." + e.extension()));
        }
        assertNull(Exporters.byExtension("gif"));
        assertNull(Exporters.forFile("noextension"));
    }

    @Test
    void theCommandLineWritesWhatTheRegistryGivesForEveryFormat() throws Exception {
        Path file = ShippedGraphs.path("tum-p6b-skip.json");
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        DiagramExport.Options o = new DiagramExport.Options(AnnotateMode.BOTH, 1, false, false, false);
        for (Exporter e : Exporters.all()) {
            Path out = dir.resolve("p6b." + e.extension());
            int code = Cli.run(new String[] {"export", file.toString(), "-o", out.toString(), "--annotate", "both"},
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            assertEquals(0, code, e.name());
            assertArrayEquals(e.bytes(g, o, file.toString()), Files.readAllBytes(out), e.name());
        }
    }
}
