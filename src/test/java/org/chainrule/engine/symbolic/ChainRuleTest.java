package org.chainrule.engine.symbolic;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.model.Graph;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

class ChainRuleTest {
    /** The exam graphs shipped in graphs/ (the pom points the tests at them). */
    static Graph exam(String file) {
        return ShippedGraphs.read(file);
    }

    /**
     * UiO IN5400 2021 Ex 7: a ← x1; b ← a; c ← a, b; d ← a; f ← x1, a, d; j ← x2; h ← x2; g ← j, h;
     * e ← f, d, c, g; ReLU neurons, e linear.
     */
    static Graph ex7() {
        return exam("in5400-2021-ex7-mini.json");
    }

    @Test
    void ex7FromX2() {
        Derivative d = ChainRule.derive(ex7(), "e", "x2");
        assertEquals(List.of(List.of("x2", "j", "g", "e"), List.of("x2", "h", "g", "e")), d.pathNames());
        assertEquals("∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)", d.expression());
        // the total de/dx2 on the left, the local partials on the right
        assertEquals("de/dx2 = ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)", d.equation());
        assertEquals("\\frac{\\partial e}{\\partial g} \\cdot \\left(\\frac{\\partial g}{\\partial j} \\cdot "
                + "\\frac{\\partial j}{\\partial x_{2}} + \\frac{\\partial g}{\\partial h} \\cdot "
                + "\\frac{\\partial h}{\\partial x_{2}}\\right)", d.latex());
        assertEquals("\\frac{\\mathrm{d} e}{\\mathrm{d} x_{2}}", d.lhsLatex());
    }

    @Test
    void ex7FromX1CoversAllSixPaths() {
        Derivative d = ChainRule.derive(ex7(), "e", "x1");
        assertEquals(List.of(
                List.of("x1", "f", "e"),
                List.of("x1", "a", "f", "e"),
                List.of("x1", "a", "d", "f", "e"),
                List.of("x1", "a", "d", "e"),
                List.of("x1", "a", "c", "e"),
                List.of("x1", "a", "b", "c", "e")), d.pathNames());
        // ∂a/∂x1 is shared by the five paths through a: pulled out at the x1 end
        assertEquals("∂e/∂f·∂f/∂x1 + (∂e/∂f·(∂f/∂a + ∂f/∂d·∂d/∂a) + ∂e/∂d·∂d/∂a + ∂e/∂c·(∂c/∂a + ∂c/∂b·∂b/∂a))·∂a/∂x1",
                d.expression());
        assertEquals(13, d.factored().size());
        assertEquals("∂e/∂f·∂f/∂x1 + ∂e/∂f·∂f/∂a·∂a/∂x1 + ∂e/∂f·∂f/∂d·∂d/∂a·∂a/∂x1 + ∂e/∂d·∂d/∂a·∂a/∂x1"
                + " + ∂e/∂c·∂c/∂a·∂a/∂x1 + ∂e/∂c·∂c/∂b·∂b/∂a·∂a/∂x1", d.expandedExpression());
    }

    @Test
    void innerNodesAndTrivialCases() {
        Graph g = ex7();
        assertEquals("∂f/∂a + ∂f/∂d·∂d/∂a", ChainRule.derive(g, "f", "a").expression());
        Derivative none = ChainRule.derive(g, "f", "x2");
        assertEquals("0", none.expression());
        assertTrue(none.paths().isEmpty());
        assertEquals("1", ChainRule.derive(g, "e", "e").expression());
        assertEquals("∂e/∂g", ChainRule.derive(g, "e", "g").expression());
    }

    @Test
    void unknownNodesAreNamed() {
        Graph g = ex7();
        assertEquals("no node 'y' in the graph",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(g, "y", "x1")).getMessage());
        assertEquals("no node 'q' in the graph",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(g, "e", "q")).getMessage());
    }

    /** TUM I2DL 2021 P10b as ops: h_t = relu(u·h_{t−1} + w·x_t), y = v·h_2, T = 2, h_0 = 3. */
    static Graph rnn() {
        return exam("tum-p10b-rnn-ops.json");
    }

    @Test
    void recurrenceUnrollsThroughTime() {
        Graph g = rnn();
        Derivative du = ChainRule.derive(g, "y", "u");
        assertEquals(List.of(
                List.of("u⟨2⟩", "(u·h_{t−1})⟨2⟩", "s⟨2⟩", "h_2", "y_2"),
                List.of("u⟨1⟩", "(u·h_{t−1})⟨1⟩", "s⟨1⟩", "h_1", "(u·h_{t−1})⟨2⟩", "s⟨2⟩", "h_2", "y_2")), du.pathNames());
        // the file's labels, with their steps, as the steps explanations write them (h_t → h_2)
        assertEquals("dy_2/du", du.lhs());
        assertEquals("∂y_2/∂h_2·∂h_2/∂s⟨2⟩·∂s⟨2⟩/∂(u·h_{t−1})⟨2⟩·(∂(u·h_{t−1})⟨2⟩/∂u⟨2⟩"
                + " + ∂(u·h_{t−1})⟨2⟩/∂h_1·∂h_1/∂s⟨1⟩·∂s⟨1⟩/∂(u·h_{t−1})⟨1⟩·∂(u·h_{t−1})⟨1⟩/∂u⟨1⟩)", du.expression());
        Derivative dh0 = ChainRule.derive(g, "y", "h.init");
        assertEquals(List.of(List.of("h_0", "(u·h_{t−1})⟨1⟩", "s⟨1⟩", "h_1", "(u·h_{t−1})⟨2⟩", "s⟨2⟩", "h_2", "y_2")),
                dh0.pathNames());
        assertEquals("dy_2/dh_0", dh0.lhs());
        assertEquals("\\frac{\\mathrm{d} y_{2}}{\\mathrm{d} h_{0}}", dh0.lhsLatex());
        assertTrue(dh0.latex().startsWith("\\frac{\\partial y_{2}}{\\partial h_{2}}"), dh0.latex());
        // of = wrt in a recurrence: the empty path at step 2 and the path through step 1
        assertEquals("∂h_2/∂s⟨2⟩·∂s⟨2⟩/∂(u·h_{t−1})⟨2⟩·∂(u·h_{t−1})⟨2⟩/∂h_1 + 1", ChainRule.derive(g, "h", "h").expression());
    }

    @Test
    void selfLoopDefaultsToDelayOne() {
        // a neuron with a recurrent self-loop over three steps: h⟨1⟩ → h⟨2⟩ → h⟨3⟩
        Graph g = new Graph();
        g.add("x", Op.INPUT).setValues(List.of(1.0, 2.0, 3.0));
        g.add("h", Op.NEURON);
        g.connect("x", "h");
        g.connect("h", "h");
        Derivative d = ChainRule.derive(g, "h", "x");
        assertEquals(3, d.paths().size());
        assertEquals("∂h⟨3⟩/∂x⟨3⟩ + ∂h⟨3⟩/∂h⟨2⟩·(∂h⟨2⟩/∂x⟨2⟩ + ∂h⟨2⟩/∂h⟨1⟩·∂h⟨1⟩/∂x⟨1⟩)", d.expression());
        // an edge without a label: its weight is w(from→to), in LaTeX w_{from \\to to}
        Derivative w = ChainRule.derive(g, "h", "x->h");
        assertEquals("dh⟨3⟩/dw(x→h)", w.lhs());
        assertTrue(w.expression().startsWith("∂h⟨3⟩/∂w(x→h) + "), w.expression());
        assertEquals("\\frac{\\mathrm{d} h^{\\langle 3\\rangle}}{\\mathrm{d} w_{x \\to h}}", w.lhsLatex());
    }

    @Test
    void weightsAndBiasesOfNeurons() {
        // UiO IN5400 2018 Ex 1, identity activations: ŷ = 36, J = (ŷ − 32)², ∂J/∂ŷ = 8
        Graph g = exam("in5400-2018-dense.json");
        Derivative w13 = ChainRule.derive(g, "J", "x1->h3");
        // the weight by its label in the file, as the steps explanations name it
        assertEquals("dJ/dw[1]_13", w13.lhs());
        assertEquals("∂J/∂ŷ·∂ŷ/∂h_3·∂h_3/∂w[1]_13", w13.expression());
        // 8 · w[2]_3 · x1 = 8 · 2 · 1 = 16 (docs/exam-graphs.md)
        assertEquals("8·2·1", w13.numbers());
        assertEquals(16.0, w13.value(), 1e-12);
        assertEquals(List.of(List.of("w[1]_13", "h_3", "ŷ", "J")), w13.pathNames());
        assertEquals("\\frac{\\mathrm{d} J}{\\mathrm{d} w^{[1]}_{13}}", w13.lhsLatex());
        assertEquals(List.of("x1->h3", "h3->yhat", "yhat->J"), PathEdges.edgeKeys(g, w13.paths().get(0)));
        assertEquals(List.of("h3", "yhat", "J"), PathEdges.nodeIds(w13.paths().get(0)));
        // ∂J/∂b[1]_2 = 8 · 1 · 1 = 8 and ∂J/∂w[2]_21 = 8 · h2 = 8 · (−2) = −16 (docs/exam-graphs.md)
        Derivative b2 = ChainRule.derive(g, "J", "h2.bias");
        assertEquals("∂J/∂ŷ·∂ŷ/∂h_2·∂h_2/∂b(h_2)", b2.expression());
        assertEquals("dJ/db(h_2)", b2.lhs());
        assertEquals(8.0, b2.value(), 1e-12);
        assertEquals(-16.0, ChainRule.derive(g, "J", "h2->yhat").value(), 1e-12);
        assertEquals("no node 'yhat->J' in the graph (nor a weight or bias of a neuron)",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(g, "J", "yhat->J")).getMessage());
    }

    @Test
    void recurrentWeightSumsOverSteps() {
        // TUM P10b as a neuron with a self-loop: the weight u of h → h is used at steps 1 and 2
        Graph g = exam("tum-p10b-rnn-neuron.json");
        String loop = null;
        for (var e : g.edges()) if (g.source(e) == g.target(e)) loop = g.key(e);
        Derivative du = ChainRule.derive(g, g.output().id(), loop);
        assertEquals(2, du.paths().size());
        // dy/du = v·(h1 + u·h0) = −1·(11 + 3·3) = −20 (hand calculation as for the op graph)
        assertEquals(-20.0, du.value(), 1e-12);
    }

    @Test
    void longRecurrencesAreRefusedCleanly() {
        Graph deep = rnn();
        deep.node("x").setValues(java.util.Collections.nCopies(350, 0.001));
        // 350 steps: one bracket per step back in time
        assertEquals("dy/du nests brackets more than 300 deep: too deep to write out",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(deep, "y", "u")).getMessage());
        Graph longer = rnn();
        longer.node("x").setValues(java.util.Collections.nCopies(3000, 0.001));
        assertEquals("the paths from u to y hold more than 200000 partial derivatives: too many to write out",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(longer, "y", "u")).getMessage());
        Graph fine = rnn();
        fine.node("x").setValues(java.util.Collections.nCopies(200, 0.001));
        assertEquals(200, ChainRule.derive(fine, "y", "u").paths().size());
    }

    @Test
    void latexNames() {
        assertEquals("x_{2}", Notation.latexId("x2"));
        assertEquals("w_{13}", Notation.latexId("w_13"));
        assertEquals("\\mathrm{mul}_{1}", Notation.latexId("mul1"));
        assertEquals("y_{\\mathrm{hat}}", Notation.latexId("y_hat"));
        assertEquals("\\mathrm{loss}", Notation.latexId("loss"));
        assertEquals("e", Notation.latexId("e"));
        assertEquals("w_{a \\to h_{1}\\#2}", Notation.latexLeaf("a->h1#2"));
        assertEquals("b_{h_{1}}", Notation.latexLeaf("h1.bias"));
    }
}
