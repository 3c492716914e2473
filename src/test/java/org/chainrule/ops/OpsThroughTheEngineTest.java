package org.chainrule.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every op as one node of a graph, read by the engine's passes: the gradient of every key (the
 * arguments, and for a neuron its bias and weights under every activation) against central
 * differences of the engine's own output. This also covers the ops the table leaves to the engine
 * (the sources and the neuron).
 */
class OpsThroughTheEngineTest {
    private static final double H = 1e-6;

    @ParameterizedTest
    @EnumSource(Op.class)
    void everyKeyOfAOneOpGraphMatchesCentralDifferences(Op op) {
        if (op.isTensorOp()) return; // on tensors: engine.TensorGraphsTest and ops.tensor.TensorRulesTest
        int checked = 0;
        for (Graph g : graphsOf(op)) {
            Evaluation ev = Engine.evaluate(g);
            for (Quantity q : Quantity.all(g)) {
                double analytic = ev.grad(q.key());
                double numeric = FiniteDifference.estimate(g, q.key(), H);
                assertEquals(numeric, analytic, 1e-6 * Math.max(1, Math.abs(numeric)), op.id() + " key " + q.key());
                checked++;
            }
        }
        assertTrue(checked >= 3, op.id() + ": only " + checked + " keys checked");
    }

    /** Graphs with one node of op over param inputs, away from kinks, ties and singularities. */
    private static List<Graph> graphsOf(Op op) {
        List<Graph> out = new ArrayList<>();
        if (op.isSource()) {
            for (double v : new double[] {-1.7, 0.35, 2.3}) {
                Graph g = new Graph();
                g.add("s", op).setValue(v);
                out.add(g);
            }
            return out;
        }
        if (op == Op.FUNCTION) {
            // a function of the graph: its value and partials come from its body, run by the engine
            for (double[] a : new double[][] {{-1.7, 0.35}, {0.9, 2.3}, {1.45, -0.6}}) {
                Graph g = new Graph();
                g.define(org.chainrule.io.expr.FunctionBodies.define("f", List.of("a", "b"), "a * b + sin(a) / (1 + b*b)",
                        java.util.Map.of("f", 2)));
                Node y = g.add("y", op);
                y.setFunction("f");
                for (int i = 0; i < 2; i++) {
                    g.connect(g.add("x" + i, Op.PARAM), y).setArg(i);
                    g.node("x" + i).setValue(a[i]);
                }
                out.add(g);
            }
            return out;
        }
        List<Activation> activations = op == Op.NEURON ? List.of(Activation.values()) : List.of(Activation.IDENTITY);
        for (Activation act : activations) {
            for (int n : OpDerivativesTest.arities(op)) {
                for (double param : OpDerivativesTest.params(op)) {
                    for (double[] a : OpDerivativesTest.argumentVectors(op, n, param)) {
                        if (nearAKink(op, a)) continue;
                        Graph g = new Graph();
                        Node y = g.add("y", op);
                        if (op == Op.POW) y.setP(param);
                        if (op == Op.LEAKY_RELU) y.setAlpha(param);
                        if (op == Op.NEURON) {
                            y.setActivation(act);
                            y.setAlpha(0.2);
                            y.setBias(0.25);
                        }
                        double z = 0.25;
                        for (int i = 0; i < n; i++) {
                            Edge e = g.connect(g.add("x" + i, Op.PARAM), y);
                            g.node("x" + i).setValue(a[i]);
                            if (op == Op.NEURON) {
                                e.setWeight(0.5 + i);
                                z += (0.5 + i) * a[i];
                            }
                        }
                        if (op == Op.NEURON && Math.abs(z) < 1e-3) continue; // relu, leaky_relu, step kink
                        out.add(g);
                    }
                }
            }
        }
        return out;
    }

    private static boolean nearAKink(Op op, double[] a) {
        switch (op) {
            case ABS: case RELU: case LEAKY_RELU: case STEP: return Math.abs(a[0]) < 1e-3;
            case MAX: case MIN:
                for (int x = 0; x < a.length; x++) for (int y = x + 1; y < a.length; y++) if (a[x] == a[y]) return true;
                return false;
            default: return false;
        }
    }
}
