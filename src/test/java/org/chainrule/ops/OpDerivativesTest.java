package org.chainrule.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every op of the table and every activation, against central differences (f(a + h) − f(a − h)) / 2h
 * at several points and at every arity the op accepts (a range such as 1..n at 1, 2 and 4 arguments).
 * A new op is enumerated here without anyone listing it. At the points where calculus gives no
 * derivative (a kink, a tie) the documented convention is asserted instead.
 */
class OpDerivativesTest {
    private static final double H = 1e-6;
    /** Distinct points, 0 among them (the kink of abs, relu, leaky_relu, step). */
    static final double[] POINTS = {-1.7, -0.6, 0, 0.35, 0.9, 1.45, 2.3};

    @ParameterizedTest
    @EnumSource(Op.class)
    void partialsMatchCentralDifferences(Op op) {
        if (op.isSource() || op == Op.NEURON || op.isTensorOp() || op == Op.FUNCTION) {
            // tensor ops have only tensor rules (checked by central differences in ops.tensor.TensorRulesTest);
            // the others' value comes from the node (sources), from its edges (neuron) or from a function's body:
            // the engine's business, checked through the engine in OpsThroughTheEngineTest
            assertThrows(UnsupportedOperationException.class, () -> op.apply(new double[] {1}, 1, 0));
            return;
        }
        int checked = 0;
        for (int n : arities(op)) {
            for (double param : params(op)) {
                for (double[] a : argumentVectors(op, n, param)) {
                    double out = op.apply(a, n, param);
                    double[] d = new double[n];
                    op.partials(a, n, out, param, d);
                    for (int i = 0; i < n; i++) {
                        String where = op.id() + Arrays.toString(a) + " p=" + param + " ∂/∂a" + i;
                        Double convention = convention(op, a, n, param, i);
                        if (convention != null) {
                            assertEquals(convention, d[i], 0, where + " (convention)");
                            continue;
                        }
                        double numeric = centralDifference(op, a, n, param, i);
                        assertEquals(numeric, d[i], 1e-6 * Math.max(1, Math.abs(numeric)), where);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 5, op.id() + ": only " + checked + " partials checked");
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activationDerivativeMatchesCentralDifferences(Activation act) {
        int checked = 0;
        for (double alpha : new double[] {Activation.DEFAULT_ALPHA, 0.2}) {
            for (double z : POINTS) {
                double out = act.apply(z, alpha);
                double d = act.derivative(z, out, alpha);
                boolean kink = z == 0 && (act == Activation.RELU || act == Activation.LEAKY_RELU || act == Activation.STEP);
                if (kink) {
                    // relu'(0) = 0, step' = 0; leaky_relu takes the left slope at 0
                    assertEquals(act == Activation.LEAKY_RELU ? alpha : 0, d, 0, act.id() + "'(0)");
                    continue;
                }
                double numeric = (act.apply(z + H, alpha) - act.apply(z - H, alpha)) / (2 * H);
                assertEquals(numeric, d, 1e-6 * Math.max(1, Math.abs(numeric)), act.id() + "'(" + z + ")");
                checked++;
            }
        }
        assertTrue(checked >= 12, act.id() + ": only " + checked + " points checked");
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void activationOpsAgreeWithTheNeuronsActivation(Op op) {
        if (op.activation() == null) return;
        assertEquals(op.id(), op.activation().id(), "the unary op and the neuron's activation share a name");
        for (double z : POINTS) {
            assertEquals(op.activation().apply(z, 0.2), op.apply(new double[] {z}, 1, 0.2), 0, op.id());
        }
    }

    // ---- arities, parameters and points ----

    /** Every arity the op takes: fixed ones all, open ranges at their least, 2 and 4. */
    static List<Integer> arities(Op op) {
        List<Integer> out = new ArrayList<>();
        if (op.maxArity() >= 0) {
            for (int n = op.minArity(); n <= op.maxArity(); n++) out.add(n);
        } else {
            for (int n : new int[] {op.minArity(), 1, 2, 4}) if (!out.contains(n)) out.add(n);
        }
        return out;
    }

    /** The node parameter the op reads: the exponent of pow, the slope of leaky_relu. */
    static double[] params(Op op) {
        if (op == Op.POW) return new double[] {0, 2, 3, 0.5, -1};
        if (op == Op.LEAKY_RELU) return new double[] {Activation.DEFAULT_ALPHA, 0.2};
        return new double[] {0};
    }

    /**
     * Several argument vectors of length n inside the op's domain; the arguments of one vector are
     * distinct, and for max and min one vector with a tie is added.
     */
    static List<double[]> argumentVectors(Op op, int n, double param) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < POINTS.length; k++) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) a[i] = POINTS[(k + 2 * i) % POINTS.length];
            if (inDomain(op, a, param, k)) out.add(a);
        }
        if ((op == Op.MAX || op == Op.MIN) && n >= 2) {
            double[] tie = new double[n];
            Arrays.fill(tie, 0.9);
            out.add(tie);
        }
        return out;
    }

    private static boolean inDomain(Op op, double[] a, double param, int k) {
        switch (op) {
            case SQRT: case LOG: a[0] = Math.abs(a[0]) + 0.1; return true;
            case POW: if (param != Math.rint(param) || param < 0) a[0] = Math.abs(a[0]) + 0.1; return true;
            case DIV: return a[1] != 0;
            case BCE: a[0] = 1 / (1 + Math.exp(-a[0])); a[1] = (k % 3) / 2.0; return true;
            default: return true;
        }
    }

    /** The convention where the op has no derivative at a, or null where calculus decides. */
    private static Double convention(Op op, double[] a, int n, double param, int i) {
        switch (op) {
            case ABS: case RELU: case STEP: return a[0] == 0 ? 0.0 : null;
            case LEAKY_RELU: return a[0] == 0 ? param : null;
            case MAX: case MIN: {
                boolean tie = false;
                for (int x = 0; x < n; x++) for (int y = x + 1; y < n; y++) tie |= a[x] == a[y];
                if (!tie) return null;
                // the whole gradient goes to the first argument that attains the result
                int first = 0;
                double result = op.apply(a, n, param);
                while (a[first] != result) first++;
                return i == first ? 1.0 : 0.0;
            }
            default: return null;
        }
    }

    private static double centralDifference(Op op, double[] a, int n, double param, int i) {
        double[] up = a.clone(), down = a.clone();
        up[i] += H;
        down[i] -= H;
        return (op.apply(up, n, param) - op.apply(down, n, param)) / (2 * H);
    }
}
