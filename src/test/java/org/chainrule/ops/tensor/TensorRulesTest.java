package org.chainrule.ops.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/**
 * Every tensor rule's vector-Jacobian product against central differences: for a random upstream
 * gradient u, ∂⟨u, f(args)⟩/∂(element k of argument j) by (f(x + h) − f(x − h))/2h, element by element.
 */
class TensorRulesTest {
    private static final double H = 1e-6;
    private final Random random = new Random(7);

    /** One case: a rule and the shapes of its arguments. */
    private record Case(String name, TensorRule rule, int[]... shapes) {}

    private List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        cs.add(new Case("matmul m·m", TensorRules.of(Op.MATMUL, 0, null, 0), new int[] {2, 3}, new int[] {3, 4}));
        cs.add(new Case("matmul v·m", TensorRules.of(Op.MATMUL, 0, null, 0), new int[] {3}, new int[] {3, 2}));
        cs.add(new Case("matmul m·v", TensorRules.of(Op.MATMUL, 0, null, 0), new int[] {2, 3}, new int[] {3}));
        cs.add(new Case("matmul v·v", TensorRules.of(Op.MATMUL, 0, null, 0), new int[] {4}, new int[] {4}));
        cs.add(new Case("transpose", TensorRules.of(Op.TRANSPOSE, 0, null, 0), new int[] {2, 3}));
        cs.add(new Case("sum", TensorRules.of(Op.SUM, 0, null, 0), new int[] {2, 3}));
        cs.add(new Case("sum axis 0", TensorRules.of(Op.SUM, 0, 0, 0), new int[] {2, 3}));
        cs.add(new Case("sum axis 1", TensorRules.of(Op.SUM, 0, 1, 0), new int[] {2, 3}));
        cs.add(new Case("mean", TensorRules.of(Op.MEAN, 0, null, 0), new int[] {3, 2}));
        cs.add(new Case("mean axis -1", TensorRules.of(Op.MEAN, 0, -1, 0), new int[] {3, 2}));
        cs.add(new Case("softmax vector", TensorRules.of(Op.SOFTMAX, 0, null, 0), new int[] {4}));
        cs.add(new Case("softmax rows", TensorRules.of(Op.SOFTMAX, 0, null, 0), new int[] {2, 3}));
        cs.add(new Case("batchnorm", TensorRules.of(Op.BATCHNORM, 0, null, 1e-5), new int[] {4, 3}, new int[] {3}, new int[] {3}));
        cs.add(new Case("concat vectors", TensorRules.of(Op.CONCAT, 0, null, 0), new int[] {2}, new int[] {3}));
        cs.add(new Case("concat three, a scalar among them", TensorRules.of(Op.CONCAT, 0, null, 0), new int[] {2}, new int[0], new int[] {2}));
        cs.add(new Case("concat matrix columns", TensorRules.of(Op.CONCAT, 0, null, 0), new int[] {2, 3}, new int[] {2, 1}));
        cs.add(new Case("add broadcast", TensorRules.of(Op.ADD, 0, null, 0), new int[] {2, 3}, new int[] {3}));
        cs.add(new Case("add scalar", TensorRules.of(Op.ADD, 0, null, 0), new int[] {2, 3}, new int[0]));
        cs.add(new Case("mul broadcast column", TensorRules.of(Op.MUL, 0, null, 0), new int[] {2, 3}, new int[] {2, 1}));
        cs.add(new Case("sub", TensorRules.of(Op.SUB, 0, null, 0), new int[] {3}, new int[] {2, 3}));
        cs.add(new Case("div", TensorRules.of(Op.DIV, 0, null, 0), new int[] {2, 2}, new int[] {2, 2}));
        cs.add(new Case("tanh", TensorRules.of(Op.TANH, 0, null, 0), new int[] {3}));
        cs.add(new Case("sigmoid", TensorRules.of(Op.SIGMOID, 0, null, 0), new int[] {2, 2}));
        cs.add(new Case("pow 3", TensorRules.of(Op.POW, 3, null, 0), new int[] {3}));
        cs.add(new Case("exp", TensorRules.of(Op.EXP, 0, null, 0), new int[] {3}));
        cs.add(new Case("sq_err", TensorRules.of(Op.SQ_ERR, 0, null, 0), new int[] {3}, new int[] {3}));
        cs.add(new Case("neuron tanh", new TensorNeuron(Activation.TANH, 0, 0.3, new double[] {0.5, -1.5}, 0), new int[] {3}, new int[] {3}));
        return cs;
    }

    @Test
    void everyRuleMatchesCentralDifferences() {
        for (Case cs : cases()) check(cs.name(), cs.rule(), cs.shapes());
    }

    @Test
    void crossEntropyMatchesCentralDifferencesInTheProbabilities() {
        TensorRule ce = TensorRules.of(Op.CROSS_ENTROPY, 0, null, 0);
        Tensor p = Tensor.of(new int[] {2, 3}, new double[] {0.2, 0.5, 0.3, 0.6, 0.1, 0.3});
        Tensor y = Tensor.of(new int[] {2, 3}, new double[] {0, 1, 0, 1, 0, 0});
        Tensor[] args = {p, y};
        Tensor[] g = ce.backward(args, ce.forward(args), Tensor.scalar(1));
        double[] expected = numeric(ce, args, Tensor.scalar(1), 0);
        assertArrayEquals(expected, g[0].data(), 1e-6, "cross_entropy ∂p");
        assertArrayEquals(numeric(ce, args, Tensor.scalar(1), 1), g[1].data(), 1e-6, "cross_entropy ∂y");
    }

    @Test
    void shapesThatDoNotFitNameBoth() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> TensorRules.of(Op.MATMUL, 0, null, 0).shape(new int[][] {{3, 2}, {3, 2}}));
        assertTrue(e.getMessage().contains("[3, 2] and [3, 2]"), e.getMessage());
        e = assertThrows(ShapeException.class, () -> TensorRules.of(Op.ADD, 0, null, 0).shape(new int[][] {{2, 3}, {2}}));
        assertTrue(e.getMessage().contains("[2, 3] and [2]"), e.getMessage());
        assertArrayEquals(new int[] {4, 3}, TensorRules.of(Op.ADD, 0, null, 0).shape(new int[][] {{4, 1}, {3}}));
        e = assertThrows(ShapeException.class, () -> TensorRules.of(Op.CONCAT, 0, null, 0).shape(new int[][] {{2, 3}, {3, 3}}));
        assertTrue(e.getMessage().contains("[2, 3] and [3, 3]"), e.getMessage());
        e = assertThrows(ShapeException.class, () -> TensorRules.of(Op.CONCAT, 0, null, 0).shape(new int[][] {{2}, {1, 2}}));
        assertTrue(e.getMessage().contains("[2] and [1, 2]"), e.getMessage());
        assertArrayEquals(new int[] {2, 5}, TensorRules.of(Op.CONCAT, 0, null, 0).shape(new int[][] {{2, 3}, {2, 2}}));
    }

    @Test
    void concatPutsTheArgumentsSideBySideRowByRow() {
        Tensor a = Tensor.of(new int[] {2, 2}, new double[] {1, 2, 3, 4}), b = Tensor.of(new int[] {2, 1}, new double[] {5, 6});
        Tensor c = TensorRules.of(Op.CONCAT, 0, null, 0).forward(new Tensor[] {a, b});
        assertArrayEquals(new int[] {2, 3}, c.shape());
        assertArrayEquals(new double[] {1, 2, 5, 3, 4, 6}, c.data(), 0);
        assertArrayEquals(new int[] {2, 3}, Concat.span(new int[][] {{2, 2}, {2, 1}}, 1), "b's columns in the result");
    }

    @Test
    void softmaxRowsSumToOne() {
        Tensor x = random(new int[] {3, 4});
        Tensor p = TensorRules.of(Op.SOFTMAX, 0, null, 0).forward(new Tensor[] {x});
        for (int r = 0; r < 3; r++) {
            double s = 0;
            for (int k = 0; k < 4; k++) s += p.at(r * 4 + k);
            assertEquals(1, s, 1e-12);
        }
    }

    private void check(String name, TensorRule rule, int[][] shapes) {
        Tensor[] args = new Tensor[shapes.length];
        for (int j = 0; j < args.length; j++) args[j] = random(shapes[j]);
        Tensor out = rule.forward(args);
        assertArrayEquals(rule.shape(shapes), out.shape(), name + ": shape");
        Tensor u = random(out.shape());
        Tensor[] g = rule.backward(args, out, u);
        for (int j = 0; j < args.length; j++) {
            assertArrayEquals(args[j].shape(), g[j].shape(), name + ": gradient shape of argument " + j);
            assertArrayEquals(numeric(rule, args, u, j), g[j].data(), 1e-5, name + ": argument " + j);
        }
    }

    /** ∂⟨u, f(args)⟩/∂args[j], element by element, by central differences. */
    private static double[] numeric(TensorRule rule, Tensor[] args, Tensor u, int j) {
        double[] d = new double[args[j].size()];
        for (int k = 0; k < d.length; k++) {
            d[k] = (dot(u, rule.forward(moved(args, j, k, H))) - dot(u, rule.forward(moved(args, j, k, -H)))) / (2 * H);
        }
        return d;
    }

    private static Tensor[] moved(Tensor[] args, int j, int k, double h) {
        Tensor[] a = args.clone();
        double[] d = args[j].copyData();
        d[k] += h;
        a[j] = Tensor.of(args[j].shape(), d);
        return a;
    }

    private static double dot(Tensor a, Tensor b) {
        double s = 0;
        for (int k = 0; k < a.size(); k++) s += a.at(k) * b.at(k);
        return s;
    }

    private Tensor random(int[] shape) {
        double[] d = new double[Tensor.size(shape)];
        for (int k = 0; k < d.length; k++) d[k] = Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0 + 0.013;
        return Tensor.of(shape, d);
    }
}
