package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.StepDiagram;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.Trainer;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableImport;
import org.chainrule.ops.Activation;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labels the stepper puts on the canvas are the ones {@code export --step} writes, and Update's
 * {@code old → new} labels are each written once and overlap nothing. The canvas draws
 * {@code DiagramBuilder.build(shown graph, model annotations)}; these tests build the same.
 */
class StepperLabelsTest {
    static List<Path> graphs() throws Exception { return ShippedGraphs.files(); }

    /** What the canvas paints at the model's position. */
    private static Diagram canvas(StepperModel m) {
        return DiagramBuilder.build(m.shownGraphProperty().get(), m.annotations());
    }

    private static List<String> texts(Diagram d) {
        List<String> out = new ArrayList<>();
        for (DiagramNode n : d.nodes()) for (PlacedText t : n.texts()) out.add(t.text().toString());
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) out.add(t.text().toString());
        return out;
    }

    /** Every text of an exported SVG, in document order (nodes with their texts, then edge texts). */
    private static List<String> svgTexts(String svg) {
        List<String> out = new ArrayList<>();
        for (String part : svg.split("<text ")) {
            if (part.startsWith("<?xml")) continue;
            String body = part.substring(part.indexOf('>') + 1, part.indexOf("</text>"));
            out.add(body.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return out;
    }

    private static List<String> sorted(List<String> l) {
        List<String> c = new ArrayList<>(l);
        c.sort(null);
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void theCanvasAndTheExportShowTheSameLabelsAtEveryStep(Path file) {
        Graph g = GraphFile.read(file);
        for (boolean unrolled : new boolean[] {false, true}) {
            if (unrolled && !StepDiagram.isRecurrent(g)) continue;
            StepperModel m = new StepperModel();
            m.unrolledProperty().set(unrolled);
            m.setGraph(g);
            StepCursor exported = StepDiagram.cursor(g, unrolled);
            assertEquals(exported.size(), m.cursor().size());
            for (int k : ShippedGraphs.positions(exported)) {
                m.seek(k);
                String svg = new String(DiagramExport.step(exported, k, DiagramExport.Format.SVG,
                        new DiagramExport.Options(AnnotateMode.BOTH, 1, false, unrolled, false)), StandardCharsets.UTF_8);
                // the SVG writes a rich label as its runs; compare the drawn characters
                List<String> onCanvas = new ArrayList<>();
                for (DiagramNode n : canvas(m).nodes()) for (PlacedText t : n.texts()) onCanvas.addAll(drawn(t));
                for (DiagramEdge e : canvas(m).edges()) for (PlacedText t : e.texts()) onCanvas.addAll(drawn(t));
                for (org.chainrule.draw.DiagramFrame f : canvas(m).frames()) onCanvas.addAll(drawn(f.label()));
                assertEquals(sorted(onCanvas), sorted(svgTexts(svg)), ShippedGraphs.name(file) + (unrolled ? " unrolled" : "") + " at step " + k);
            }
        }
    }

    /** What a text draws: its runs, or a small tensor's numbers cell by cell. */
    private static List<String> drawn(PlacedText t) {
        if (t.grid() == null) return List.of(runs(t));
        return t.grid().cells(t).stream().map(StepperLabelsTest::runs).toList();
    }

    private static String runs(PlacedText t) {
        StringBuilder b = new StringBuilder();
        for (var r : t.text().runs()) b.append(r.text());
        return b.toString();
    }

    @Test
    void aSelfLoopThatBringsNothingBackIsTheTermZeroOnTheCanvasAsInTheExport() {
        // IN5400 ex8's table with ones on the diagonal (recurrent self-loops on A..E), imported and run for
        // one time step (the import gives it 3), so each loop carries 0 back
        Graph g = TableImport.read(ShippedGraphs.path("in5400-2021-ex8-recurrent.txt"), Activation.IDENTITY);
        g.setTimesteps(1);
        StepperModel m = new StepperModel();
        m.setGraph(g);
        m.toEnd();
        String shown = m.annotations().node("A").grad();
        StepCursor c = m.cursor();
        double total = c.state().grads().get(c.graph().node("A")).total();
        assertTrue(shown.startsWith("0 + ") && shown.contains(" = " + Numbers.human(total)), shown);
        String exported = org.chainrule.draw.Annotations.from(c.evaluation(), AnnotateMode.BOTH).node("A").grad();
        assertEquals(exported, shown.split("  ")[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void updateWritesEachOldToNewOnceOverNothing(Path file) {
        Graph g = GraphFile.read(file);
        if (Quantity.all(g).stream().noneMatch(Quantity::trainable)) return;
        StepperModel m = new StepperModel();
        m.setGraph(g);
        m.toEnd();
        List<Trainer.Update> changes = m.update(0.1, 0);
        Diagram d = canvas(m);
        List<String> all = texts(d);
        String name = ShippedGraphs.name(file);
        for (Trainer.Update u : changes) {
            if (u.isTensor()) {
                // a tensor param shows its new matrix (the old one in the tooltip), once
                assertEquals(org.chainrule.draw.TensorNotes.text(u.now()), d.node(u.key()).value().text().source(), name + ": " + u.key());
                continue;
            }
            String arrow = Numbers.human(u.before()) + " → " + Numbers.human(u.after());
            long n = all.stream().filter(t -> t.contains(arrow) || t.endsWith(arrow)).count();
            assertTrue(n >= 1, name + ": " + u.key() + " shows " + arrow);
            if (u.key().endsWith(".bias")) {
                String id = u.key().substring(0, u.key().length() - ".bias".length());
                for (PlacedText t : d.node(id).texts()) {
                    assertFalse(t.text().toString().startsWith("b = "), name + ": the bias of " + id + " is said twice");
                }
            }
        }
        List<PlacedText> placed = new ArrayList<>();
        List<String> owner = new ArrayList<>();
        for (DiagramNode n : d.nodes()) {
            for (PlacedText t : n.texts()) if (!n.inside(t)) { placed.add(t); owner.add(n.id()); }
        }
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) { placed.add(t); owner.add(e.key()); }
        for (int i = 0; i < placed.size(); i++) {
            var b = placed.get(i).bounds().grow(-0.5);
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(b.intersects(placed.get(j).bounds().grow(-0.5)),
                        name + ": '" + placed.get(i).text() + "' on '" + placed.get(j).text() + "'");
            }
            for (DiagramNode n : d.nodes()) {
                assertFalse(!n.id().equals(owner.get(i)) && b.intersects(n.bounds()),
                        name + ": '" + placed.get(i).text() + "' on node " + n.id());
            }
        }
    }
}
