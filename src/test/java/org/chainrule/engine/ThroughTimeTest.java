package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/**
 * The P10c LSTM cell's gradients through time against a cell written out here: the question's gates
 * over the file's inputs, and ∂h_50/∂h_t, ∂h_50/∂c_t by central differences (a nudge added to h_t or
 * c_t on the way).
 */
class ThroughTimeTest {
    private static double sigma(double z) { return 1 / (1 + Math.exp(-z)); }

    /** h_50 of the cell with {@code dh} added to h_{at} and {@code dc} to c_{at}. */
    private static double lstm(List<Double> x, int at, double dh, double dc) {
        double h = 0, c = 0;
        for (int t = 1; t <= x.size(); t++) {
            double in = x.get(t - 1);
            double f = sigma(in + 0.5 * h + 4), i = sigma(in + 0.5 * h - 2), o = sigma(in + 0.5 * h), g = Math.tanh(in + 0.5 * h);
            c = f * c + i * g + (t == at ? dc : 0);
            h = o * Math.tanh(c) + (t == at ? dh : 0);
        }
        return h;
    }

    @Test
    void theLstmsGradientsMatchACellWrittenOutByHand() {
        Graph g = ShippedGraphs.read("tum-p10c-lstm.json");
        List<Double> x = g.node("x").values();
        Evaluation ev = Engine.evaluate(g);
        assertEquals(lstm(x, 0, 0, 0), ev.value(), 1e-14);
        assertEquals(List.of("c", "h"), ThroughTime.states(g));
        ThroughTime.Curve h = ThroughTime.of(ev, "h"), c = ThroughTime.of(ev, "c");
        assertEquals(50, h.timesteps());
        double e = 1e-6;
        for (int t = 1; t <= 50; t++) {
            double dh = (lstm(x, t, e, 0) - lstm(x, t, -e, 0)) / (2 * e);
            double dc = (lstm(x, t, 0, e) - lstm(x, t, 0, -e)) / (2 * e);
            assertEquals(Math.abs(dh), h.grads()[t - 1], 1e-8, "dh_50/dh_" + t);
            assertEquals(Math.abs(dc), c.grads()[t - 1], 1e-8, "dh_50/dc_" + t);
        }
        // the cell state carries the gradient back: 49 steps cost it less than a factor 2
        assertTrue(c.grads()[0] > 0.5 * c.grads()[48], c.grads()[0] + " vs " + c.grads()[48]);
    }

    @Test
    void aGraphWithoutDelaysAndAMissingNodeAreRefused() {
        Evaluation plain = Engine.evaluate(ShippedGraphs.read("tum-p6b-skip.json"));
        GraphException none = assertThrows(GraphException.class, () -> ThroughTime.of(plain, "y"));
        assertTrue(none.getMessage().contains("no recurrence"), none.getMessage());
        Evaluation rnn = Engine.evaluate(ShippedGraphs.read("in5400-2018-ex5b-tanh-rnn.json"));
        GraphException missing = assertThrows(GraphException.class, () -> ThroughTime.of(rnn, "q"));
        assertEquals("no node 'q' in the graph", missing.getMessage());
    }
}
