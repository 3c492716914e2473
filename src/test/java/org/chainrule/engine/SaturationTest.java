package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chainrule.io.expr.Expressions;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/**
 * Saturated units and confident predictions: slopes that are tiny, not zero, and losses that stay
 * finite where the mathematics is. Each number is checked against an independent formula written in
 * the test, and the smooth ones against central differences.
 */
class SaturationTest {
    /** The graph of an expression with the given values. */
    private static Graph expr(String text, String... values) {
        Graph g = Expressions.toGraph(text);
        for (String kv : values) {
            String[] p = kv.split("=");
            g.node(p[0]).setValue(Double.parseDouble(p[1]));
        }
        return g;
    }

    /** A neuron with one input z (weight 1, bias 0) and the given activation. */
    private static Graph neuron(Activation a, double z) {
        Graph g = new Graph();
        g.add("z", Op.INPUT).setValue(z);
        Node h = g.add("h", Op.NEURON);
        h.setActivation(a);
        g.connect("z", "h");
        return g;
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected), "expected " + expected + " but was " + actual);
    }

    @Test
    void sigmoidSlopeIsTinyNotZeroOnBothSides() {
        for (double z : new double[] {40, -40, 20, 1, 0, -3}) {
            // σ′(z) = e^−z / (1 + e^−z)², written here directly
            double expected = Math.exp(-z) / Math.pow(1 + Math.exp(-z), 2);
            assertRelative(expected, Engine.evaluate(expr("y = sigmoid(z)", "z=" + z)).grad("z"), 1e-12);
            assertRelative(expected, Engine.evaluate(neuron(Activation.SIGMOID, z)).grad("z"), 1e-12);
        }
        // 4.248e−18 at both ends, as the symmetry σ′(z) = σ′(−z) says
        double right = Engine.evaluate(expr("y = sigmoid(z)", "z=40")).grad("z");
        double left = Engine.evaluate(expr("y = sigmoid(z)", "z=-40")).grad("z");
        assertTrue(right > 0);
        assertRelative(left, right, 1e-12);
    }

    @Test
    void tanhSlopeIsTinyNotZero() {
        for (double z : new double[] {20, -20, 5, 0.5, 0}) {
            double cosh = Math.cosh(z);
            double expected = 1 / (cosh * cosh);
            double op = Engine.evaluate(expr("y = tanh(z)", "z=" + z)).grad("z");
            double unit = Engine.evaluate(neuron(Activation.TANH, z)).grad("z");
            assertTrue(op > 0 && unit > 0, "tanh′(" + z + ") = " + op);
            assertRelative(expected, op, 1e-12);
            assertRelative(expected, unit, 1e-12);
        }
        // away from saturation the slope agrees with central differences
        Graph g = expr("y = tanh(z)", "z=0.5");
        assertEquals(FiniteDifference.estimate(g, "z"), Engine.evaluate(g).grad("z"), 1e-9);
    }

    @Test
    void bceOfACertainRightPredictionIsZero() {
        // bce(1, 1) = −(1·log 1 + 0·log 0) = 0 with 0·log 0 = 0; ∂/∂p = −y/p + (1 − y)/(1 − p) = −1
        Graph g = expr("L = bce(p, y)", "p=1", "y=1");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(0, ev.value(), 0);
        assertEquals(-1, ev.grad("p"), 1e-15);
        // the loss near p = 1 is −log p: its one-sided difference quotient is the same −1
        double h = 1e-7;
        Graph below = expr("L = bce(p, y)", "p=" + (1 - h), "y=1");
        assertEquals(-1, (ev.value() - Engine.outputValue(below)) / h, 1e-6);
        // and at y = 0, bce(0, 0) = 0 with ∂/∂p = 1
        Evaluation zero = Engine.evaluate(expr("L = bce(p, y)", "p=0", "y=0"));
        assertEquals(0, zero.value(), 0);
        assertEquals(1, zero.grad("p"), 1e-15);
    }

    @Test
    void bceOfASigmoidIsComputedFromItsLogit() {
        for (double z : new double[] {40, -40, 100, 37, 2, -0.5}) {
            for (double y : new double[] {0, 1, 0.25}) {
                Graph op = expr("L = bce(sigmoid(z), y)", "z=" + z, "y=" + y);
                // independently: −y·log σ(z) − (1 − y)·log σ(−z), with −log σ(u) = log(1 + e^−u)
                double loss = y * Math.log1p(Math.exp(-z)) + (1 - y) * (z + Math.log1p(Math.exp(-z)));
                if (z < 0) loss = y * (-z + Math.log1p(Math.exp(z))) + (1 - y) * Math.log1p(Math.exp(z));
                // ∂L/∂z = σ(z) − y, with σ(z) − 1 = −σ(−z) written so that it keeps its digits
                double sz = 1 / (1 + Math.exp(-z)), smz = 1 / (1 + Math.exp(z));
                double slope = y == 1 ? -smz : sz - y;
                Evaluation ev = Engine.evaluate(op);
                String at = "z = " + z + ", y = " + y;
                assertTrue(Double.isFinite(ev.value()) && Double.isFinite(ev.grad("z")), at);
                assertRelative(loss, ev.value(), 1e-13);
                assertRelative(slope, ev.grad("z"), 1e-13);
                // the label's partial ∂L/∂y = log(1 − p) − log p = −z
                assertRelative(-z, ev.grad("y"), 1e-13);
                // smooth in z: central differences agree, to six digits even where the slope is 4e−18
                assertRelative(slope, FiniteDifference.estimate(op, "z", 1e-6), 1e-6);
                // the same through a sigmoid neuron
                Graph unit = neuron(Activation.SIGMOID, z);
                unit.add("y", Op.INPUT).setValue(y);
                unit.add("L", Op.BCE);
                unit.connect("h", "L");
                unit.connect("y", "L");
                Evaluation u = Engine.evaluate(unit);
                assertRelative(loss, u.value(), 1e-13);
                assertRelative(slope, u.grad("z"), 1e-13);
                assertRelative(slope, u.grad("h.bias"), 1e-13);
            }
        }
    }

    @Test
    void nonFiniteNumbersAreProblemsNamedWhereTheyStart() {
        // y = a / b + 1 at b = 0: the division is ∞ (named), the sum after it only carries it on
        Graph g = expr("y = a / b + 1", "a=1", "b=0");
        Evaluation ev = Engine.evaluate(g);
        var problems = Validator.numbers(ev);
        assertEquals(1, problems.size(), problems.toString());
        String div = g.nodes().stream().filter(n -> n.op() == Op.DIV).findFirst().orElseThrow().id();
        assertEquals(java.util.List.of(div), problems.get(0).nodeIds());
        assertTrue(problems.get(0).message().contains("'" + div + "'") && problems.get(0).message().contains("∞"), problems.toString());
        // finite everywhere: no problem
        assertTrue(Validator.numbers(Engine.evaluate(expr("y = a / b + 1", "a=1", "b=2"))).isEmpty());
        // finite values but a gradient that is not: sqrt at 0 has slope ∞, named at the sqrt's input
        Graph s = expr("y = sqrt(x)", "x=0");
        var grads = Validator.numbers(Engine.evaluate(s));
        assertEquals(java.util.List.of("x"), grads.get(0).nodeIds(), grads.toString());
        assertTrue(Validator.values(Engine.evaluate(s)).isEmpty());
    }

    @Test
    void aNonFiniteValueAtOneTimeStepIsNamedWithItsStep() {
        // d = 1 / b with b = [2, 0]: finite at t = 1, ∞ at t = 2
        Graph g = new Graph();
        g.add("a", Op.CONST).setValue(1);
        g.add("b", Op.INPUT).setValues(java.util.List.of(2.0, 0.0));
        g.add("d", Op.DIV);
        g.connect("a", "d");
        g.connect("b", "d");
        var problems = Validator.numbers(Engine.evaluate(g));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("node 'd': value is ∞ at t = 2"), problems.get(0).message());
    }
}
