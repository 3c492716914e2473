package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ThroughTime;
import org.chainrule.model.Graph;
import org.chainrule.ui.LogAxis;

/**
 * Beside the unrolled view of a recurrent graph: |∂out/∂s_t| against t on a log axis for each
 * recurrent state s (the nodes read through delayed edges: h of an RNN, c and h of an LSTM), the
 * numbers of {@code plot --through-time}. A vanishing gradient is a falling line.
 */
final class ThroughTimeChart {
    /** Above this many node-steps the chart is not computed on the FX thread (the view is for small graphs). */
    static final long MAX_WORK = 200_000;
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final Label title = new Label();
    /** The chart joins the scene only while it has curves: its tick labels are texts like any other. */
    private final BorderPane node = new BorderPane();

    ThroughTimeChart() {
        x.setLabel("time step t");
        chart.setId("through-time-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setHorizontalZeroLineVisible(false); // 0 on a log axis is 10⁰, no line of its own
        LogAxis.apply(y, true);
        title.setStyle("-fx-font-weight: bold; -fx-padding: 4 8 0 8;");
        title.setWrapText(true);
        node.setTop(title);
        node.setVisible(false);
        node.setManaged(false);
        node.setPrefWidth(340);
        node.setMinWidth(260);
        node.setStyle("-fx-background-color: white; -fx-border-color: #d0d7de; -fx-border-width: 0 0 0 1;");
        node.setId("through-time");
    }

    BorderPane node() { return node; }

    /** Whether {@code folded} gets a chart: it has recurrent states and is small enough to chart at once. */
    static boolean charts(Graph folded) {
        return folded != null && ThroughTime.isRecurrent(folded) && (long) folded.nodeCount() * folded.timesteps() <= MAX_WORK;
    }

    /** The series shown, by state id (for tests): the plotted heights, log₁₀ of the gradients. */
    List<XYChart.Series<Number, Number>> series() { return chart.getData(); }

    /** Shows the curves of {@code folded}; hides itself when the graph has no recurrence or is too big. */
    void show(Graph folded) { show(folded, true); }

    /**
     * The same once the backward pass is {@code done}; until then the chart is not shown (its curves are
     * results, and the stepper shows results as it reaches them), and its room is the canvas's.
     */
    void show(Graph folded, boolean done) {
        boolean fits = charts(folded);
        node.setVisible(fits && done);
        node.setManaged(fits && done);
        chart.getData().clear();
        node.setCenter(fits && done ? chart : null);
        if (!fits || !done) return;
        Evaluation ev;
        try {
            ev = Engine.evaluate(folded);
        } catch (RuntimeException e) {
            title.setText("Gradients through time: " + e.getMessage());
            return;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (String id : ThroughTime.states(folded)) {
            double[] g = ThroughTime.of(ev, id).grads();
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName("|∂" + ev.outputId() + "_T/∂" + id + "_t|");
            for (int t = 1; t <= g.length; t++) {
                double h = LogAxis.plotted(g[t - 1]);
                if (!Double.isFinite(h)) continue;
                lo = Math.min(lo, h);
                hi = Math.max(hi, h);
                s.getData().add(new XYChart.Data<>(t, h));
            }
            all.add(s);
        }
        if (lo <= hi) LogAxis.range(y, lo, hi);
        // t runs 1 … T: the axis ends at T, ticks every 1, 2 or 5 × 10ⁿ steps
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(ev.timesteps());
        double unit = Math.pow(10, Math.floor(Math.log10(Math.max(1, ev.timesteps() / 5.0))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (ev.timesteps() / (m * unit) <= 10) {
                unit *= m;
                break;
            }
        }
        x.setTickUnit(unit);
        y.setLabel("gradient (log scale)");
        title.setText("Gradients through time, T = " + ev.timesteps());
        chart.getData().setAll(all);
    }
}
