package org.chainrule.draw.chart;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.ThroughTime;
import org.chainrule.engine.TrainingRun;

/** The charts of the commands and the editor, made from what the engine computed. */
public final class Charts {
    /** A loss curve gets a log axis when every loss is positive and they span this factor or more. */
    static final double LOG_SPAN = 100;

    private Charts() {}

    /** A loss curve of a run, named for the legend. */
    public record Run(String name, List<TrainingRun.Row> rows) {}

    /** The loss against the iteration (0 = before the first update) of one or more runs. */
    public static Chart loss(String title, String output, List<Run> runs) {
        List<Chart.Line> lines = new ArrayList<>();
        boolean log = true;
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int k = 0; k < runs.size(); k++) {
            List<TrainingRun.Row> rows = runs.get(k).rows();
            double[] x = new double[rows.size()], y = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                x[i] = rows.get(i).iteration();
                y[i] = rows.get(i).loss();
                log &= y[i] > 0;
                lo = Math.min(lo, y[i]);
                hi = Math.max(hi, y[i]);
            }
            lines.add(new Chart.Line(runs.get(k).name(), x, y, k > 0));
        }
        log &= hi >= LOG_SPAN * lo;
        return new Chart(title, "iteration", output + (log ? " (log scale)" : ""), log, lines);
    }

    /** |∂out/∂ID_t| against t = 1 … T on a log axis, one line per curve, named by {@code names}. */
    public static Chart throughTime(String title, List<ThroughTime.Curve> curves, List<String> names) {
        List<Chart.Line> lines = new ArrayList<>();
        for (int k = 0; k < curves.size(); k++) {
            double[] g = curves.get(k).grads();
            double[] t = new double[g.length];
            for (int i = 0; i < g.length; i++) t[i] = i + 1;
            // what the engine has to say beside a curve (a recurrent matrix's largest eigenvalue) joins its name
            String note = curves.get(k).note();
            lines.add(new Chart.Line(names.get(k) + (note == null ? "" : " (" + note + ")"), t, g, false));
        }
        ThroughTime.Curve first = curves.get(0);
        String y = curves.stream().allMatch(c -> c.id().equals(first.id()) && c.output().equals(first.output()))
                ? "|∂" + first.output() + "_T/∂" + first.id() + "_t| (log scale)" : "|∂out_T/∂state_t| (log scale)";
        return new Chart(title, "time step t", y, true, lines);
    }
}
