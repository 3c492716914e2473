package org.chainrule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ThroughTime;
import org.chainrule.engine.TrainingRun;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/**
 * The shipped graphs about time and many steps (docs/exam-graphs.md): the IN5400 tanh RNN and the
 * P10c LSTM over the same 50 inputs, and the P4c narrow valley trained with and without momentum. The
 * numbers are the engine's, cross-checked when written against a NumPy script of the same cells and
 * loops; the hand-written loops in PlotCommandTest, ThroughTimeTest and TrainHistoryTest check them
 * independently.
 */
class TimeAndMomentumGraphsTest {
    @Test
    void theTanhRnnsGradientVanishesOverFiftySteps() {
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("in5400-2018-ex5b-tanh-rnn.json"));
        assertEquals(50, ev.timesteps());
        assertEquals(-0.6782372588191917, ev.value(), 1e-12); // h_50
        double[] g = ThroughTime.of(ev, "h").grads();
        assertEquals(1, g[49], 0); // ∂h_50/∂h_50
        assertEquals(0.431995376599543, g[48], 1e-12); // (1 − h_50²)·0.8
        assertEquals(1.6554927138826748e-28, g[0], 1e-39); // ∂h_50/∂h_1: 28 orders of magnitude gone
        for (int t = 1; t < 50; t++) assertTrue(g[t - 1] < g[t] * 0.8 + 1e-300, "each step back loses at least the factor w_hh at t = " + t);
    }

    @Test
    void theLstmsCellStateKeepsTheGradient() {
        Evaluation ev = Engine.evaluate(ShippedGraphs.read("tum-p10c-lstm.json"));
        assertEquals(0.5072062102789539, ev.value(), 1e-12); // h_50
        double[] h = ThroughTime.of(ev, "h").grads(), c = ThroughTime.of(ev, "c").grads();
        assertEquals(0.0019944738, h[0], 1e-9); // ∂h_50/∂h_1, against the RNN's 1.7e−28
        assertEquals(0.0164349127, c[0], 1e-9); // ∂h_50/∂c_1
        assertEquals(0.0184899819, c[48], 1e-9); // ∂h_50/∂c_49: about the same 48 steps later
    }

    @Test
    void momentumCrossesTheValleyWherePlainDescentCrawls() {
        double plain = train(0), momentum = train(0.7);
        assertEquals(25, new TrainingRun(ShippedGraphs.read("tum-p4c-valley-momentum.json"), 0.075, 0).last().loss(), 0);
        assertEquals(0.0010826032886272754, plain, 1e-15); // 0.5·(5·0.925⁶⁰)² + 12.5·(0.875⁶⁰)²
        assertEquals(6.629357168341403e-9, momentum, 1e-18);
        assertTrue(momentum < 1e-5 * plain);
    }

    /** The loss after 60 steps of lr 0.075 with momentum μ. */
    private static double train(double mu) {
        Graph g = ShippedGraphs.read("tum-p4c-valley-momentum.json");
        TrainingRun r = new TrainingRun(g, 0.075, mu);
        for (int k = 0; k < 60; k++) r.step();
        return r.last().loss();
    }
}
