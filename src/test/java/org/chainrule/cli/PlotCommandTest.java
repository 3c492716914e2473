package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plot FILE --through-time ID}: the IN5400 tanh RNN's ∂h_50/∂h_t against the product of its
 * factors (1 − h_k²)·w_hh, worked out here by a loop of its own; the overlay and the bad input.
 */
class PlotCommandTest extends CliCase {
    @TempDir Path dir;

    private static final String RNN = "in5400-2018-ex5b-tanh-rnn.json", LSTM = "tum-p10c-lstm.json";

    private static String shipped(String name) { return ShippedGraphs.path(name).toString(); }

    /** ∂h_T/∂h_t = Π_{k=t+1}^{T} (1 − h_k²)·w_hh, h_k = tanh(w_hh·h_{k−1} + w_xh·x_k), h_0 = 0. */
    static double[] rnnByHand() {
        Graph g = ShippedGraphs.read(RNN);
        double whh = Quantity.find(g, "whh").get(), wxh = Quantity.find(g, "wxh").get();
        List<Double> x = g.node("x").values();
        int T = x.size();
        double[] h = new double[T + 1];
        for (int t = 1; t <= T; t++) h[t] = Math.tanh(whh * h[t - 1] + wxh * x.get(t - 1));
        double[] grad = new double[T + 1];
        grad[T] = 1;
        for (int t = T - 1; t >= 1; t--) grad[t] = grad[t + 1] * (1 - h[t + 1] * h[t + 1]) * whh;
        return grad;
    }

    @Test
    void theTanhRnnsGradientThroughTimeIsTheProductOfItsFactors() throws Exception {
        Path csv = dir.resolve("rnn.csv");
        assertEquals(0, run("plot", shipped(RNN), "--through-time", "h", "-o", csv.toString()), stderr());
        assertEquals("saved " + csv + "\n", stdout());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t,grad", lines.get(0));
        double[] want = rnnByHand();
        assertEquals(51, lines.size());
        for (int t = 1; t <= 50; t++) {
            String[] cells = lines.get(t).split(",");
            assertEquals(String.valueOf(t), cells[0]);
            assertEquals(Math.abs(want[t]), Double.parseDouble(cells[1]), 1e-12 * Math.abs(want[t]), "t = " + t);
        }
        // w_hh = 0.8 < 1 and every tanh' ≤ 1: it vanishes, by more than 25 orders of magnitude
        assertTrue(Math.abs(want[1]) < 1e-25, "" + want[1]);
    }

    @Test
    void twoGraphsOnOneChartAndOneTable() throws Exception {
        Path csv = dir.resolve("both.csv"), svg = dir.resolve("both.svg");
        assertEquals(0, run("plot", shipped(RNN), "--through-time", "h", "--overlay", shipped(LSTM), "-o", csv.toString()), stderr());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t,in5400-2018-ex5b-tanh-rnn,tum-p10c-lstm", lines.get(0));
        assertEquals(51, lines.size());
        double[] rnn = rnnByHand();
        String[] first = lines.get(1).split(",");
        assertEquals(Math.abs(rnn[1]), Double.parseDouble(first[1]), 1e-12 * Math.abs(rnn[1]));
        assertTrue(Double.parseDouble(first[2]) > 1e20 * Double.parseDouble(first[1]), "the LSTM keeps its gradient");
        // several FILEs are the same as --overlay
        Path again = dir.resolve("again.csv");
        assertEquals(0, run("plot", shipped(RNN), shipped(LSTM), "--through-time", "h", "-o", again.toString()), stderr());
        assertEquals(Files.readString(csv), Files.readString(again));
        assertEquals(0, run("plot", shipped(RNN), "--through-time", "h", "--overlay", shipped(LSTM), "-o", svg.toString()), stderr());
        String s = Files.readString(svg);
        assertTrue(s.contains(">in5400-2018-ex5b-tanh-rnn<") && s.contains(">tum-p10c-lstm<"), "the legend names both");
        assertTrue(s.contains(">10⁻²⁸<") && s.contains(">10⁰<"), "decades on the log axis from the smallest gradient to 1");
        assertTrue(s.contains(">|∂h_T/∂h_t| (log scale)<"), s);
    }

    @Test
    void noRecurrenceAnUnknownIdAndAWrongExtensionAreOneLine() {
        String out = dir.resolve("x.csv").toString();
        assertEquals(2, run("plot", shipped("tum-p6a-max.json"), "--through-time", "y", "-o", out));
        assertEquals("chainrule plot: " + shipped("tum-p6a-max.json")
                + ": the graph has no recurrence (no delayed edge): nothing flows back through time\n", stderr());
        assertEquals(2, run("plot", shipped(RNN), "--through-time", "q", "-o", out));
        assertEquals("chainrule plot: " + shipped(RNN) + ": --through-time: no node 'q' in the graph\n", stderr());
        assertEquals(2, run("plot", shipped(RNN), "--through-time", "h", "--overlay", shipped("tum-p6b-skip.json"), "-o", out));
        assertTrue(stderr().contains("tum-p6b-skip.json: the graph has no recurrence"), stderr());
        assertEquals(2, run("plot", shipped(RNN), "--through-time", "h", "-o", dir.resolve("x.tex").toString()));
        assertTrue(stderr().contains(".csv, .svg or .png"), stderr());
        assertEquals(2, run("plot", shipped(RNN), "-o", out));
        assertEquals("chainrule plot: --through-time ID is required\n", stderr());
        assertFalse(Files.exists(Path.of(out)));
    }
}
