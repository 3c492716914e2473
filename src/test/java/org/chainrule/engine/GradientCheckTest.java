package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/**
 * Reverse mode against central finite differences on several hundred random graphs. Graphs that sit
 * on a kink (relu, abs, max, step …) or outside an op's domain within the probe's reach are skipped:
 * there the derivative convention, not calculus, decides.
 */
class GradientCheckTest {
    private static final double H = 1e-6;

    @Test
    void everyKeyOfRandomGraphsMatchesCentralDifferences() {
        Random r = new Random(20261122);
        int checked = 0, keys = 0;
        for (int attempt = 0; attempt < 5000 && checked < 400; attempt++) {
            Graph g = RandomGraphs.generate(r);
            Evaluation ev;
            try {
                ev = Engine.evaluate(g);
            } catch (GraphException e) {
                throw new AssertionError("generator made an invalid graph: " + e.getMessage());
            }
            if (!wellBehaved(ev)) continue;
            for (Quantity q : Quantity.all(g)) {
                double analytic = ev.grad(q.key());
                double numeric = FiniteDifference.estimate(g, q.key(), H);
                double tol = 1e-4 * Math.max(1, Math.max(Math.abs(analytic), Math.abs(numeric)));
                assertEquals(numeric, analytic, tol, () -> "key " + q.key() + " of graph\n" + org.chainrule.io.GraphFile.toJson(g));
                keys++;
            }
            checked++;
        }
        assertTrue(checked >= 300, "only " + checked + " graphs were usable");
        assertTrue(keys > 1000, "only " + keys + " keys checked");
    }

    /** No non-finite or huge value, no argument near a kink or a singularity, at any step. */
    static boolean wellBehaved(Evaluation ev) {
        CompiledGraph c = ev.compiled();
        double[] buf = new double[c.maxArgs()];
        double[] val = new double[c.n * c.timesteps];
        for (int t = 1; t <= c.timesteps; t++) for (int i = 0; i < c.n; i++) val[(t - 1) * c.n + i] = ev.valueAt(i, t);
        for (int t = 1; t <= c.timesteps; t++) {
            for (int i = 0; i < c.n; i++) {
                double v = ev.valueAt(i, t);
                if (!Double.isFinite(v) || Math.abs(v) > 1e4) return false;
                if (!Double.isFinite(ev.gradAt(i, t)) || Math.abs(ev.gradAt(i, t)) > 1e6) return false;
                int k = Passes.gather(c, val, i, t, buf);
                if (!safeArgs(c, i, buf, k)) return false;
            }
        }
        return true;
    }

    private static boolean safeArgs(CompiledGraph c, int i, double[] a, int k) {
        final double m = 1e-2;
        Op op = c.op[i];
        switch (op) {
            case DIV: return Math.abs(a[1]) > 0.1;
            case LOG: case SQRT: return a[0] > 0.1;
            case POW: return c.param[i] == Math.rint(c.param[i]) || a[0] > 0.1;
            case ABS: case RELU: case LEAKY_RELU: case STEP: return Math.abs(a[0]) > m;
            case BCE: return a[0] > 0.05 && a[0] < 0.95;
            case MAX: case MIN:
                for (int x = 0; x < k; x++) for (int y = x + 1; y < k; y++) if (Math.abs(a[x] - a[y]) < m) return false;
                return true;
            case NEURON: {
                Activation act = c.activation[i];
                if (act == Activation.RELU || act == Activation.LEAKY_RELU || act == Activation.STEP) {
                    return Math.abs(Passes.preActivation(c, i, a, k)) > m;
                }
                return true;
            }
            default: return true;
        }
    }
}
