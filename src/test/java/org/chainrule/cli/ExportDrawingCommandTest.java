package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.PngExporter;
import org.chainrule.io.GraphFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} to the drawing formats (.svg, .png, .tex) on the command line. */
class ExportDrawingCommandTest extends CliCase {
    @TempDir Path dir;

    private static String graph(String name) {
        return ImportExportCommandTest.graphs().resolve(name).toString();
    }

    @Test
    void pngAtScaleTwoIsTwiceTheDiagram() throws Exception {
        Path png = dir.resolve("p6b.png");
        assertEquals(0, run("export", graph("tum-p6b-skip.json"), "-o", png.toString(), "--annotate", "both", "--scale", "2"));
        assertEquals("saved " + png + "\n", out.toString(StandardCharsets.UTF_8));
        BufferedImage img = ImageIO.read(png.toFile());
        var o = new DiagramExport.Options(AnnotateMode.BOTH, 2, false, false, false);
        int[] size = PngExporter.size(DiagramExport.diagram(GraphFile.read(Path.of(graph("tum-p6b-skip.json"))), o), 2);
        assertEquals(size[0], img.getWidth());
        assertEquals(size[1], img.getHeight());
    }

    @Test
    void svgSolutionCarriesTheExamNumbers() throws Exception {
        // TUM P6b at w = 0.001, x = 2: dy/dx = 1.001, summed over the skip connection and the product
        Path svg = dir.resolve("p6b.svg");
        assertEquals(0, run("export", graph("tum-p6b-skip.json"), "-o", svg.toString(), "--annotate", "grads"));
        String text = Files.readString(svg);
        assertTrue(text.contains(">0.001 + 1 = 1.001<"), text);
        assertTrue(text.contains("<title>1.001</title>"), "the exact number as a tooltip");
    }

    @Test
    void tikzPictureOnlyAndUnrolled() throws Exception {
        Path tex = dir.resolve("rnn.tex");
        assertEquals(0, run("export", graph("tum-p10b-rnn-neuron.json"), "-o", tex.toString(), "--unrolled", "--picture-only",
                "--annotate", "values"));
        String text = Files.readString(tex);
        assertFalse(text.contains("\\documentclass"));
        assertTrue(text.contains("{$h_{2}$}"), "the copy of h_t at step 2");
        assertTrue(text.contains("{$-37$}"), "y_2 = −37");
    }

    @Test
    void badOptionsAreOneLineAndWriteNothing() {
        String p6b = graph("tum-p6b-skip.json");
        Path png = dir.resolve("x.png");
        assertEquals(2, run("export", p6b, "-o", png.toString(), "--scale", "3"));
        assertEquals("chainrule export: --scale expects 1, 2 or 4, found 3\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("export", p6b, "-o", png.toString(), "--annotate", "some"));
        assertFalse(Files.exists(png));
    }

    @Test
    void anInvalidGraphExportsBlankButNotAnnotated() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [{\"id\": \"a\", \"op\": \"add\"}], \"edges\": []}");
        Path svg = dir.resolve("bad.svg");
        assertEquals(0, run("export", bad.toString(), "-o", svg.toString()));
        assertTrue(Files.readString(svg).contains(">a<"));
        Path svg2 = dir.resolve("bad2.svg");
        assertEquals(2, run("export", bad.toString(), "-o", svg2.toString(), "--annotate", "values"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("chainrule export: ") && e.endsWith("\n") && e.indexOf('\n') == e.length() - 1, e);
        assertFalse(Files.exists(svg2));
    }
}
