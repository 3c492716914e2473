package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.DiagramExport.Format;
import org.chainrule.draw.export.DiagramExport.Options;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Phase;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.StepState;
import org.chainrule.engine.TensorEdges;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The IN5400 2018 dense net as matrices, drawn: its shapes inside the nodes, the shape along an edge, and
 * W1's value and gradient as matrices of the engine's numbers, the gradient checked against central
 * differences of J.
 */
class TensorDrawingTest {
    private static final String FILE = "in5400-2018-dense-matrices.json";

    @Test
    void theGradientOfW1IsDrawnAsAMatrixOfTheEnginesNumbers() {
        Graph g = ShippedGraphs.read(FILE);
        Evaluation ev = Engine.evaluate(g);
        Tensor dW1 = TensorEdges.gradSum(ev, g.node("W1"));
        assertArrayEquals(centralDifferences(g, "W1"), dW1.data());
        Annotations a = Annotations.from(ev, AnnotateMode.BOTH);
        assertEquals(dW1.format(), a.node("W1").grad());
        Diagram d = DiagramBuilder.build(g, a);
        PlacedText grad = d.node("W1").grad();
        assertNotNull(grad.grid(), "a 2×3 gradient is drawn as a matrix");
        assertEquals(2, grad.grid().rowCount());
        assertEquals(3, grad.grid().columnCount());
        List<PlacedText> cells = grad.grid().cells(grad);
        for (int k = 0; k < dW1.size(); k++) assertEquals(org.chainrule.ops.Numbers.human(dW1.at(k)), cells.get(k).text().source());
        // the matrix takes two lines and the width of its columns: its rows sit inside its box
        Rect box = grad.bounds().grow(0.01);
        for (PlacedText c : cells) assertTrue(box.contains(new Point(c.bounds().x(), c.bounds().y())) && box.contains(new Point(c.bounds().right(), c.bounds().bottom())), c.text().source());
        assertEquals("2×3", d.node("W1").dims().text().source());
        assertEquals("[3]", d.node("b1").dims().text().source());
        assertNull(d.node("J").dims(), "a scalar shows no shape");
    }

    @Test
    void aPlainDrawingSaysTheShapeEachEdgeCarries() {
        Graph g = ShippedGraphs.read(FILE);
        Diagram d = DiagramBuilder.build(g, Annotations.none());
        assertEquals("[2, 3]", d.edge("W1->xW1").weight().text().source());
        assertEquals("[3]", d.edge("xW1->h").weight().text().source());
        assertNull(d.edge("yhat->J").weight(), "a scalar edge says nothing");
    }

    @Test
    void theStepperShowsEachTensorOnceItsStepIsPlayed() {
        Graph g = ShippedGraphs.read(FILE);
        StepCursor c = StepCursor.of(g);
        Node w1 = g.node("W1");
        int at = -1;
        for (int i = 0; i < c.size(); i++) {
            if (c.steps().get(i).phase() == Phase.BACKWARD && c.steps().get(i).node() == w1) at = i + 1;
        }
        Tensor expected = c.evaluation().gradTensor(c.evaluation().compiled().indexOf(w1), 1);
        assertNull(c.stateAt(at - 1).tensors().grads().get(w1), "not known before its step");
        StepState s = c.stateAt(at);
        assertEquals(expected, s.tensors().grads().get(w1));
        assertEquals(expected, c.steps().get(at - 1).value(), "the step's own tensor");
        Annotations notes = StepNotes.of(g, s);
        assertEquals(expected.format(), notes.node("W1").grad());
        assertEquals(expected.format(), notes.edge("W1->xW1").grad(), "what the edge carries back to W1");
        assertEquals(TensorEdges.value(c.evaluation(), g.node("h"), 1).format(), notes.node("h").value());
    }

    @Test
    void anUpdateShowsTheNewMatrixAndTheOldInItsTooltip() {
        // (c) of the exam: one gradient-descent step with learning rate 2
        Graph g = ShippedGraphs.read(FILE);
        Tensor before = g.node("W1").tensorAt(1);
        Tensor dW1 = TensorEdges.gradSum(Engine.evaluate(g), g.node("W1"));
        List<org.chainrule.engine.Trainer.Update> updates = new org.chainrule.engine.Trainer(2).step(g);
        double[] now = before.copyData();
        for (int k = 0; k < now.length; k++) now[k] -= 2 * dW1.at(k);
        StepCursor c = StepCursor.of(g);
        Annotations a = StepNotes.of(g, c.stateAt(0), null, null, updates);
        assertEquals(Tensor.of(before.shape(), now).format(), a.node("W1").value());
        assertTrue(a.node("W1").valueTooltip().startsWith("W1: " + TensorNotes.exact(before)), a.node("W1").valueTooltip());
        assertTrue(a.node("W1").highlighted());
    }

    @Test
    void tikzSetsTheMatrixAsABmatrixAndLoadsAmsmath() {
        Graph g = ShippedGraphs.read(FILE);
        String tex = new String(DiagramExport.export(g, Format.TEX, Options.DEFAULT.withAnnotate(AnnotateMode.BOTH)),
                StandardCharsets.UTF_8);
        assertTrue(tex.contains("\\usepackage{amsmath}"));
        Tensor dW1 = TensorEdges.gradSum(Engine.evaluate(g), g.node("W1"));
        assertTrue(tex.contains(TextGrid.parse(dW1.format()).tex()), tex);
        assertTrue(tex.contains("\\begin{bmatrix}"));
    }

    @Test
    void onlyATensorsOneLineFormIsAGrid() {
        assertEquals(List.of(List.of("9", "−2", "5")), TextGrid.parse("[9, −2, 5]").rows());
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), TextGrid.parse("[[1, 2], [3, 4]]").rows());
        assertNull(TextGrid.parse("8 + 16 = 24"));
        assertNull(TextGrid.parse("[[1, 2], [3]]"));
        assertNull(TextGrid.parse("5×6, ‖·‖ = 3.2"));
        Tensor big = Tensor.of(new int[] {5, 6}, new double[30]);
        assertEquals("5×6, ‖·‖ = 0", TensorNotes.text(big));
    }

    /** ∂J/∂W1 by central differences, element by element. */
    private static double[] centralDifferences(Graph g, String id) {
        Node n = g.node(id);
        Tensor w = n.tensorAt(1);
        double h = 1e-5;
        double[] out = new double[w.size()];
        for (int k = 0; k < w.size(); k++) {
            out[k] = (jWith(g, n, w, k, h) - jWith(g, n, w, k, -h)) / (2 * h);
        }
        n.setTensors(w.shape(), List.of(w), false);
        return out;
    }

    private static double jWith(Graph g, Node n, Tensor w, int k, double dh) {
        double[] d = w.copyData();
        d[k] += dh;
        n.setTensors(w.shape(), List.of(Tensor.of(w.shape(), d)), false);
        return Engine.evaluate(g).value();
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) assertEquals(expected[k], actual[k], 1e-6, "element " + k);
    }
}
