package org.chainrule.draw.export;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.Rect;
import org.chainrule.draw.export.DiagramExport.Format;
import org.chainrule.draw.export.DiagramExport.Options;
import org.chainrule.io.DotExport;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped graph's exports opened by the real tools: pdflatex compiles every .tex (standalone,
 * blank and annotated, and the pictures alone pasted into an article), rsvg-convert renders every .svg
 * at the SVG's size, Graphviz's dot reads every .dot. A failure names the graph and quotes the tool.
 * Skipped only when the tool is not installed ({@code .ci/run} installs them).
 */
class ExternalToolsTest {
    @TempDir
    Path dir;

    @Test
    void pdflatexCompilesEveryTikzExport() throws Exception {
        assumeTool("pdflatex");
        StringBuilder article = new StringBuilder("\\documentclass{article}\n\\usepackage{tikz}\n\\usepackage{graphicx}\n\\usepackage{amsmath}\n\\begin{document}\n");
        for (Path file : ShippedGraphs.files()) {
            Graph g = GraphFile.read(file);
            String name = ShippedGraphs.name(file);
            for (AnnotateMode m : new AnnotateMode[] {AnnotateMode.NONE, AnnotateMode.BOTH}) {
                Path tex = dir.resolve(name + "-" + m.name().toLowerCase() + ".tex");
                Files.write(tex, DiagramExport.export(g, Format.TEX, Options.DEFAULT.withAnnotate(m)));
                pdflatex(tex, name + " (" + m + ")");
            }
            if (g.timesteps() > 1) {
                Path tex = dir.resolve(name + "-unrolled.tex");
                Options unrolled = new Options(AnnotateMode.BOTH, 1, false, true, false);
                Rect b = DiagramExport.diagram(g, unrolled).bounds();
                if (Math.max(b.right(), b.bottom()) * TikzExporter.PT_PER_PX > TikzExporter.TEX_MAX_PT) {
                    // 50 steps side by side are metres wide: refused with one line, never a file pdflatex stops on
                    var refused = assertThrows(org.chainrule.io.InputException.class, () -> DiagramExport.export(g, Format.TEX, unrolled));
                    assertTrue(refused.getMessage().contains("more than TeX can measure"), refused.getMessage());
                    continue;
                }
                Files.write(tex, DiagramExport.export(g, Format.TEX, unrolled));
                pdflatex(tex, name + " (unrolled)");
            }
            Path pic = dir.resolve(name + "-picture.tex");
            Files.write(pic, DiagramExport.export(g, Format.TEX, new Options(AnnotateMode.VALUES, 1, false, false, true)));
            article.append("\\resizebox{\\linewidth}{!}{\\input{").append(pic.getFileName()).append("}}\n\n");
        }
        Path doc = dir.resolve("exam.tex");
        Files.writeString(doc, article.append("\\end{document}\n").toString());
        pdflatex(doc, "the pictures pasted into an article");
    }

    @Test
    void rsvgConvertRendersEverySvgExportAtItsSize() throws Exception {
        assumeTool("rsvg-convert");
        for (Path file : ShippedGraphs.files()) {
            Graph g = GraphFile.read(file);
            String name = ShippedGraphs.name(file);
            for (Options o : List.of(Options.DEFAULT, new Options(AnnotateMode.BOTH, 1, true, false, false),
                    new Options(AnnotateMode.BOTH, 1, false, true, false))) {
                Diagram d = DiagramExport.diagram(g, o);
                Path svg = dir.resolve(name + ".svg"), png = dir.resolve(name + ".png");
                Files.write(svg, DiagramExport.render(d, Format.SVG, o, org.chainrule.draw.Theme.standard()));
                // librsvg renders at most 32767 pixels a side: a 50-step unrolled graph is rendered at a zoom that fits
                double zoom = Math.min(1, 32000 / Math.max(d.bounds().width(), d.bounds().height()));
                run(name + " " + o, "rsvg-convert", "-z", String.valueOf(zoom), svg.toString(), "-o", png.toString());
                BufferedImage img = ImageIO.read(png.toFile());
                assertEquals(Math.round(d.bounds().width() * zoom), img.getWidth(), 1, name + ": rendered width");
                assertEquals(Math.round(d.bounds().height() * zoom), img.getHeight(), 1, name + ": rendered height");
            }
        }
    }

    @Test
    void rsvgConvertRendersTheChartsAtTheirSize() throws Exception {
        assumeTool("rsvg-convert");
        for (org.chainrule.draw.chart.Chart chart : org.chainrule.draw.chart.ChartLayoutTest.charts()) {
            Path svg = dir.resolve("chart.svg"), png = dir.resolve("chart.png");
            Files.write(svg, org.chainrule.draw.chart.ChartExport.bytes(chart, Format.SVG));
            run(chart.title(), "rsvg-convert", svg.toString(), "-o", png.toString());
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(org.chainrule.draw.chart.ChartLayout.WIDTH, img.getWidth(), 1, chart.title());
            assertEquals(org.chainrule.draw.chart.ChartLayout.HEIGHT, img.getHeight(), 1, chart.title());
        }
    }

    @Test
    void graphvizDotReadsEveryDotExport() throws Exception {
        assumeTool("dot");
        for (Path file : ShippedGraphs.files()) {
            Graph g = GraphFile.read(file);
            String name = ShippedGraphs.name(file);
            Path dot = dir.resolve(name + ".dot");
            DotExport.write(g, dot);
            run(name, "dot", "-Tsvg", dot.toString(), "-o", dir.resolve(name + ".dot.svg").toString());
            assertTrue(Files.size(dir.resolve(name + ".dot.svg")) > 0, name);
        }
    }

    private void pdflatex(Path tex, String what) throws Exception {
        String log = run(what, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory",
                dir.toString(), tex.getFileName().toString());
        Path pdf = dir.resolve(tex.getFileName().toString().replace(".tex", ".pdf"));
        assertTrue(Files.size(pdf) > 0, what + ": no PDF");
        // a character the fonts lack is only a warning in pdflatex: catch it here
        String full = Files.readString(dir.resolve(tex.getFileName().toString().replace(".tex", ".log")), StandardCharsets.ISO_8859_1);
        assertTrue(!full.contains("Missing character"), what + ": missing character\n" + log);
    }

    /** Runs a tool in the temp dir; a non-zero exit fails with {@code what} and the tool's last lines. */
    private String run(String what, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(what + ": " + command[0] + " did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            List<String> lines = new ArrayList<>(out.lines().toList());
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
            fail(what + ": " + command[0] + " exited " + p.exitValue() + "\n" + tail);
        }
        return out;
    }

    private static void assumeTool(String tool) {
        boolean found = false;
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) found = true;
        }
        Assumptions.assumeTrue(found, tool + " is not installed");
    }
}
