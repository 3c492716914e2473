package org.chainrule.io.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.io.InputException;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

class ExpressionGraphTest {
    private static List<String> args(Graph g, String id) {
        List<String> out = new ArrayList<>();
        for (Edge e : g.arguments(g.node(id))) out.add(g.source(e).id());
        return out;
    }

    private static List<String> ids(Graph g) {
        List<String> out = new ArrayList<>();
        for (Node n : g.nodes()) out.add(n.id());
        return out;
    }

    @Test
    void skipConnectionOfTumP6b() {
        // TUM I2DL 2021 P6b: y = max(w*x + x, 0); x is used twice, so it fans out to mul1 and add1
        Graph g = Expressions.toGraph("max(w*x + x, 0)", List.of("w"));
        assertEquals(List.of("w", "x", "mul1", "add1", "const1", "max1"), ids(g));
        assertEquals(Op.PARAM, g.node("w").op());
        assertEquals(Op.INPUT, g.node("x").op());
        assertEquals(List.of("w", "x"), args(g, "mul1"));
        assertEquals(List.of("mul1", "x"), args(g, "add1"));
        assertEquals(List.of("add1", "const1"), args(g, "max1"));
        assertEquals(2, g.outgoing(g.node("x")).size());
        assertEquals(0.0, g.node("const1").valueAt(1));
        assertEquals("0", g.node("const1").label());
        assertEquals("max1", g.outputId());
        assertEquals(g.node("max1"), g.output());
        assertEquals(6, g.edgeCount());
        assertEquals(List.of("w", "x"), Expressions.missingValues(g));
    }

    @Test
    void theLayeredLayoutPlacesItLeftToRight() {
        Graph g = Expressions.toGraph("max(w*x + x, 0)");
        for (Node n : g.nodes()) assertTrue(!n.hasPosition(), "left to the caller: " + n.id());
        LayeredLayout.apply(g);
        for (Node n : g.nodes()) assertTrue(n.hasPosition(), n.id());
        for (Edge e : g.edges()) assertTrue(g.source(e).x() < g.target(e).x(), g.key(e));
    }

    @Test
    void powersWithConstantExponents() {
        Graph g = Expressions.toGraph("x^2 + y**(1/2) + z^-1 + pow(u, 3)");
        assertEquals(2.0, g.node("pow1").p());
        assertEquals(List.of("x"), args(g, "pow1"));
        assertEquals(0.5, g.node("pow2").p());
        assertEquals(-1.0, g.node("pow3").p());
        assertEquals(3.0, g.node("pow4").p());
    }

    @Test
    void eToAPowerIsExp() {
        // the sigmoid neuron in primitive ops, docs/exam-graphs.md
        Graph g = Expressions.toGraph("1/(1 + e^-(w0*x0 + w1*x1 + w2))", List.of("w0", "w1", "w2"));
        assertNull(g.node("e"));
        assertEquals(List.of("neg1"), args(g, "exp1"));
        assertEquals(List.of("const1", "add3"), args(g, "div1"));
        assertEquals("div1", g.outputId());
        // elsewhere e is an ordinary identifier
        Graph h = Expressions.toGraph("e * 2");
        assertEquals(Op.INPUT, h.node("e").op());
    }

    @Test
    void negativeNumbersAreConstants() {
        Graph g = Expressions.toGraph("-3 * x - -x");
        assertEquals(-3.0, g.node("const1").valueAt(1));
        assertEquals("−3", g.node("const1").label());
        assertEquals(List.of("x"), args(g, "neg1"));
        assertEquals(List.of("mul1", "neg1"), args(g, "sub1"));
    }

    @Test
    void orderedOpsGetExplicitArguments() {
        Graph g = Expressions.toGraph("sq_err(x, x) + x / y");
        for (Edge e : g.incoming(g.node("sq_err1"))) assertTrue(e.arg() != null);
        assertEquals(List.of("x", "x"), args(g, "sq_err1"));
        assertEquals(List.of("x", "y"), args(g, "div1"));
    }

    @Test
    void generatedNamesAvoidTheExpressionsOwn() {
        Graph g = Expressions.toGraph("add1 + mul1 * add2");
        assertEquals(List.of("add1", "mul1", "add2", "mul2", "add3"), ids(g));
    }

    @Test
    void leakySlopeAndLabel() {
        Graph g = Expressions.toGraph("leaky_relu(x, 0.2) + leaky_relu(x)");
        assertEquals(0.2, g.node("leaky_relu1").alpha());
        assertNull(g.node("leaky_relu2").alphaOrNull());
        assertEquals(Op.LOG, Expressions.toGraph("ln(x)").node("log1").op());
    }

    @Test
    void variableExponentIsAnError() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expressions.toGraph("x^y"));
        assertEquals(3, e.column());
        ExpressionException p = assertThrows(ExpressionException.class, () -> Expressions.toGraph("pow(x, 1 + y)"));
        assertEquals(8, p.column());
        assertTrue(p.reason().startsWith("the exponent of pow must be a constant number"), p.reason());
        ExpressionException z = assertThrows(ExpressionException.class, () -> Expressions.toGraph("x^(1/0)"));
        assertEquals("the exponent is not a finite number", z.reason());
    }

    @Test
    void unknownParamIsAnError() {
        InputException e = assertThrows(InputException.class, () -> Expressions.toGraph("w*x", List.of("b")));
        assertEquals("param 'b' is not an identifier of the expression w*x", e.getMessage());
    }

    @Test
    void aNamedResultNamesTheOutput() {
        Graph g = Expressions.toGraph("y = max(w*x + x, 0)", List.of("w"));
        assertEquals(List.of("w", "x", "mul1", "add1", "const1", "y"), ids(g));
        assertEquals("y", g.outputId());
        // y = x: the result gets a node of its own
        Graph id = Expressions.toGraph("y = x");
        assertEquals(List.of("x"), args(id, "y"));
        assertEquals(Op.IDENTITY, id.node("y").op());
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expressions.toGraph("x = x + 1"));
        assertEquals("expression, column 1: 'x' names the result and is also used in the expression", e.getMessage());
    }

    @Test
    void aBareIdentifierIsItsOwnOutput() {
        Graph g = Expressions.toGraph("x");
        assertEquals(1, g.nodeCount());
        assertEquals("x", g.outputId());
    }
}
