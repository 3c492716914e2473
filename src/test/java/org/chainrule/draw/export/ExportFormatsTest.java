package org.chainrule.draw.export;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.LabelText;
import org.chainrule.draw.TensorNotes;
import org.chainrule.draw.TextGrid;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.DiagramExport.Format;
import org.chainrule.draw.export.DiagramExport.Options;
import org.chainrule.engine.Engine;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.StepState;
import org.chainrule.engine.Unroller;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Golden-structure tests: every shipped graph exports to SVG, PNG and TikZ, blank and annotated, folded
 * and unrolled; each file has the structure its format needs and names every node.
 */
class ExportFormatsTest {
    static List<Path> graphs() throws Exception { return ShippedGraphs.files(); }

    private static final Options BLANK = Options.DEFAULT;
    private static final Options SOLUTION = Options.DEFAULT.withAnnotate(AnnotateMode.BOTH);

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void svgIsXmlWithEveryNodeLabelAndOneCurveAndArrowPerEdge(Path file) throws Exception {
        Graph g = GraphFile.read(file);
        for (Options o : List.of(BLANK, SOLUTION, unrolled(SOLUTION))) {
            Graph drawn = o.unrolled() ? Unroller.unroll(g) : g;
            String what = ShippedGraphs.name(file) + " " + o;
            Document doc = xml(DiagramExport.export(g, Format.SVG, o));
            assertEquals("svg", doc.getDocumentElement().getTagName(), what);
            List<String> texts = texts(doc);
            for (Node n : drawn.nodes()) {
                String label = shown(LabelText.parse(n.displayName()));
                assertTrue(texts.contains(label), what + ": no text '" + label + "' for node " + n.id());
            }
            assertEquals(drawn.edgeCount(), count(doc, "path"), what + ": one path per edge");
            assertEquals(drawn.edgeCount(), count(doc, "polygon"), what + ": one arrowhead per edge");
            if (o.annotate() == AnnotateMode.BOTH) {
                // the numbers are the engine's: every node's value and gradient are there
                Annotations a = Annotations.from(Engine.evaluate(drawn), AnnotateMode.BOTH);
                for (Node n : drawn.nodes()) {
                    assertTrue(drawn(texts, a.node(n.id()).value()), what + ": value of " + n.id());
                    // a sum wider than a label may be is drawn shortened, its total kept ("1 + … = 3")
                    String grad = a.node(n.id()).grad();
                    int eq = grad.lastIndexOf(" = ");
                    boolean shortened = eq > 0 && texts.stream().anyMatch(t -> t.contains("…") && t.endsWith(grad.substring(eq)));
                    assertTrue(drawn(texts, grad) || shortened, what + ": gradient of " + n.id());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void pngDecodesWithTheDiagramsSizeTimesTheScale(Path file) throws Exception {
        Graph g = GraphFile.read(file);
        Diagram d = DiagramExport.diagram(g, SOLUTION);
        for (int scale : new int[] {1, 2}) {
            for (boolean transparent : new boolean[] {false, true}) {
                Options o = new Options(AnnotateMode.BOTH, scale, transparent, false, false);
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(DiagramExport.render(d, Format.PNG, o, Theme.standard())));
                String what = ShippedGraphs.name(file) + " scale " + scale + (transparent ? " transparent" : "");
                assertEquals((int) Math.ceil(d.bounds().width() * scale), img.getWidth(), what);
                assertEquals((int) Math.ceil(d.bounds().height() * scale), img.getHeight(), what);
                int corner = img.getRGB(0, 0) >>> 24;
                assertEquals(transparent ? 0 : 255, corner, what + ": corner alpha");
                // the middle of the first node is painted in its group's fill
                var n = d.nodes().get(0);
                int rgb = img.getRGB((int) ((n.x() - d.bounds().x()) * scale), (int) ((n.y() - n.height() / 2 + 3 - d.bounds().y()) * scale));
                int[] fill = Theme.rgb(Theme.standard().fill(n.group()));
                assertEquals(fill[0], (rgb >> 16) & 0xff, 2, what + ": fill of " + n.id());
                assertEquals(fill[2], rgb & 0xff, 2, what + ": fill of " + n.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void tikzSetsEveryLabelInMathModeAsDocumentOrPictureOnly(Path file) throws Exception {
        Graph g = GraphFile.read(file);
        String doc = new String(DiagramExport.export(g, Format.TEX, SOLUTION), StandardCharsets.UTF_8);
        String name = ShippedGraphs.name(file);
        assertTrue(doc.startsWith("\\documentclass[tikz"), name);
        assertTrue(doc.contains("\\begin{tikzpicture}") && doc.trim().endsWith("\\end{document}"), name);
        for (Node n : g.nodes()) {
            assertTrue(doc.contains("{$" + LabelText.parse(n.displayName()).tex() + "$}"), name + ": label of " + n.id());
        }
        for (char c : doc.toCharArray()) assertTrue(c < 128, name + ": non-ASCII '" + c + "' in the TeX");
        String picture = new String(DiagramExport.export(g, Format.TEX,
                new Options(AnnotateMode.NONE, 1, false, false, true)), StandardCharsets.UTF_8);
        assertFalse(picture.contains("\\documentclass"), name);
        assertTrue(picture.trim().endsWith("\\end{tikzpicture}"), name);
        assertEquals(g.edgeCount(), picture.split("cycle;").length - 1, name + ": one arrowhead per edge");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void solutionShowsTheStepperNumbersAtTheEndOfTheBackwardPass(Path file) throws Exception {
        Graph g = GraphFile.read(file);
        if (g.timesteps() > 1) g = Unroller.unroll(g);   // the stepper's time-1 view of an unrolled graph
        StepCursor cursor = StepCursor.of(g);
        cursor.toEnd();
        StepState end = cursor.state();
        Annotations a = Annotations.from(cursor.evaluation(), AnnotateMode.BOTH);
        for (Node n : g.nodes()) {
            String what = ShippedGraphs.name(file) + " node " + n.id();
            if (end.tensors().any()) {
                // a tensor graph's nodes show whole tensors, the stepper's at the end
                assertEquals(TensorNotes.text(end.tensors().values().get(n)), a.node(n.id()).value(), what);
                assertEquals(TensorNotes.exact(end.tensors().grads().get(n)), a.node(n.id()).gradTooltip(), what);
                continue;
            }
            assertEquals(Numbers.human(end.values().get(n)), a.node(n.id()).value(), what);
            StepState.GradientSum sum = end.grads().get(n);
            assertEquals(Numbers.exact(sum.total()), a.node(n.id()).gradTooltip(), what);
            // a sum of more terms than a label writes out is its total alone (a param shared by 50 steps)
            if (sum.isSum() && sum.terms().size() <= Annotations.MAX_SUM_TERMS) {
                // the total as the sum writes it (with more digits when a term would otherwise read the same)
                String label = a.node(n.id()).grad();
                String written = label.substring(label.lastIndexOf(" = ") + 3).replace('−', '-');
                assertEquals(Numbers.human(sum.total()), Numbers.human(Double.parseDouble(written)), what + ": " + label);
            } else if (sum.isSum()) {
                assertEquals(Numbers.human(sum.total()), a.node(n.id()).grad(), what);
            }
        }
    }

    /** Whether a label is among the SVG's texts: a small tensor drawn as a matrix, number by number. */
    private static boolean drawn(List<String> texts, String label) {
        TextGrid grid = TextGrid.parse(label);
        if (grid == null) return texts.contains(label);
        return grid.rows().stream().flatMap(List::stream).allMatch(texts::contains);
    }

    private static Options unrolled(Options o) {
        return new Options(o.annotate(), o.scale(), o.transparent(), true, o.pictureOnly());
    }

    /** What a label's text content is in SVG: its runs one after another. */
    static String shown(LabelText t) {
        StringBuilder b = new StringBuilder();
        for (LabelText.Run r : t.runs()) b.append(r.text());
        return b.toString();
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList l = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < l.getLength(); i++) out.add(l.item(i).getTextContent());
        return out;
    }

    private static int count(Document doc, String tag) {
        return doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag).getLength();
    }
}
