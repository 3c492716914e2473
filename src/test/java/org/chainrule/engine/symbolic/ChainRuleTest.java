package org.chainrule.engine.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

class ChainRuleTest {
    /**
     * UiO IN5400 2021 Ex 7: a ← x1; b ← a; c ← a, b; d ← a; f ← x1, a, d; j ← x2; h ← x2; g ← j, h;
     * e ← f, d, c, g; ReLU neurons, e linear, with the weights and biases of graphs/in5400-2021-ex7-mini.json.
     */
    static Graph ex7() {
        Graph g = new Graph();
        g.add("x1", Op.INPUT).setValue(1);
        g.add("x2", Op.INPUT).setValue(2);
        for (String id : List.of("a", "j", "h", "b", "d", "g", "c", "f", "e")) {
            Node n = g.add(id, Op.NEURON);
            if (!id.equals("e")) n.setActivation(Activation.RELU);
        }
        g.node("b").setBias(3);
        Object[][] edges = {
            {"x1", "a", 2.0}, {"a", "b", -1.0}, {"a", "c", 1.0}, {"b", "c", 1.0}, {"a", "d", 0.5},
            {"x1", "f", 1.0}, {"a", "f", 1.0}, {"d", "f", -1.0}, {"x2", "j", 1.0}, {"x2", "h", 0.5},
            {"j", "g", 2.0}, {"h", "g", 1.0}, {"f", "e", 1.0}, {"d", "e", 1.0}, {"c", "e", 1.0}, {"g", "e", 1.0},
        };
        for (Object[] e : edges) g.connect((String) e[0], (String) e[1]).setWeight((Double) e[2]);
        g.setOutputId("e");
        return g;
    }

    @Test
    void ex7FromX2() {
        Derivative d = ChainRule.derive(ex7(), "e", "x2");
        assertEquals(List.of(List.of("x2", "j", "g", "e"), List.of("x2", "h", "g", "e")), d.pathNames());
        assertEquals("∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)", d.expression());
        assertEquals("∂e/∂x2 = ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)", d.equation());
        assertEquals("\\frac{\\partial e}{\\partial g} \\cdot \\left(\\frac{\\partial g}{\\partial j} \\cdot "
                + "\\frac{\\partial j}{\\partial x_{2}} + \\frac{\\partial g}{\\partial h} \\cdot "
                + "\\frac{\\partial h}{\\partial x_{2}}\\right)", d.latex());
        assertEquals("\\frac{\\partial e}{\\partial x_{2}}", d.lhsLatex());
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
        assertEquals("--of: no node 'y' in the graph",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(g, "y", "x1")).getMessage());
        assertEquals("--wrt: no node 'q' in the graph",
                assertThrows(IllegalArgumentException.class, () -> ChainRule.derive(g, "e", "q")).getMessage());
    }

    /** TUM I2DL 2021 P10b as ops: h_t = relu(u·h_{t−1} + w·x_t), y = v·h_2, T = 2. */
    static Graph rnn() {
        Graph g = new Graph();
        g.add("x", Op.INPUT).setValues(List.of(1.0, 2.0));
        g.add("u", Op.PARAM).setValue(3);
        g.add("w", Op.PARAM).setValue(2);
        g.add("v", Op.PARAM).setValue(-1);
        g.add("uh", Op.MUL);
        g.add("wx", Op.MUL);
        g.add("s", Op.ADD);
        g.add("h", Op.RELU).setInit(3);
        g.add("y", Op.MUL);
        g.connect("u", "uh");
        Edge back = g.connect(g.node("h"), g.node("uh"));
        back.setDelay(1);
        g.connect("w", "wx");
        g.connect("x", "wx");
        g.connect("uh", "s");
        g.connect("wx", "s");
        g.connect("s", "h");
        g.connect("v", "y");
        g.connect("h", "y");
        g.setOutputId("y");
        return g;
    }

    @Test
    void recurrenceUnrollsThroughTime() {
        Graph g = rnn();
        Derivative du = ChainRule.derive(g, "y", "u");
        assertEquals(List.of(
                List.of("u⟨2⟩", "uh⟨2⟩", "s⟨2⟩", "h⟨2⟩", "y⟨2⟩"),
                List.of("u⟨1⟩", "uh⟨1⟩", "s⟨1⟩", "h⟨1⟩", "uh⟨2⟩", "s⟨2⟩", "h⟨2⟩", "y⟨2⟩")), du.pathNames());
        assertEquals("∂y⟨2⟩/∂h⟨2⟩·∂h⟨2⟩/∂s⟨2⟩·∂s⟨2⟩/∂uh⟨2⟩·(∂uh⟨2⟩/∂u⟨2⟩ + ∂uh⟨2⟩/∂h⟨1⟩·∂h⟨1⟩/∂s⟨1⟩·∂s⟨1⟩/∂uh⟨1⟩·∂uh⟨1⟩/∂u⟨1⟩)",
                du.expression());
        Derivative dh0 = ChainRule.derive(g, "y", "h.init");
        assertEquals(List.of(List.of("h⟨0⟩", "uh⟨1⟩", "s⟨1⟩", "h⟨1⟩", "uh⟨2⟩", "s⟨2⟩", "h⟨2⟩", "y⟨2⟩")), dh0.pathNames());
        assertEquals("∂y/∂h⟨0⟩", dh0.lhs());
        assertEquals("\\frac{\\partial y}{\\partial h^{\\langle 0\\rangle}}", dh0.lhsLatex());
        assertTrue(dh0.latex().startsWith("\\frac{\\partial y^{\\langle 2\\rangle}}{\\partial h^{\\langle 2\\rangle}}"), dh0.latex());
        // of = wrt in a recurrence: the empty path at step 2 and the path through step 1
        assertEquals("∂h⟨2⟩/∂s⟨2⟩·∂s⟨2⟩/∂uh⟨2⟩·∂uh⟨2⟩/∂h⟨1⟩ + 1", ChainRule.derive(g, "h", "h").expression());
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
    }

    @Test
    void latexNames() {
        assertEquals("x_{2}", Notation.latexId("x2"));
        assertEquals("w_{13}", Notation.latexId("w_13"));
        assertEquals("\\mathrm{mul}_{1}", Notation.latexId("mul1"));
        assertEquals("y_{\\mathrm{hat}}", Notation.latexId("y_hat"));
        assertEquals("\\mathrm{loss}", Notation.latexId("loss"));
        assertEquals("e", Notation.latexId("e"));
    }
}
