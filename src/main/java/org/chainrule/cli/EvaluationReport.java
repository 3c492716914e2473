package org.chainrule.cli;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.ops.Numbers;

/** What {@code eval} prints: the JSON object of docs/command-line.md, or a table for people. */
public final class EvaluationReport {
    private EvaluationReport() {}

    /** The {@code eval --json} object: output, timesteps, value, values, grads, series. */
    public static JsonObject json(Evaluation ev) {
        JsonObject o = new JsonObject();
        o.addProperty("output", ev.outputId());
        o.addProperty("timesteps", ev.timesteps());
        o.addProperty("value", ev.value());
        o.add("values", JsonOutput.map(ev.values()));
        o.add("grads", JsonOutput.map(ev.grads()));
        JsonObject series = new JsonObject();
        if (ev.timesteps() > 1) {
            Map<String, List<Double>> vs = ev.valueSeries();
            Map<String, List<Double>> gs = ev.gradSeries();
            for (String id : vs.keySet()) {
                JsonObject s = new JsonObject();
                s.add("values", JsonOutput.list(vs.get(id)));
                s.add("grads", JsonOutput.list(gs.get(id)));
                series.add(id, s);
            }
        }
        o.add("series", series);
        return o;
    }

    /** For people: values at t = T and gradients, numbers rounded to 4 significant digits. */
    public static String human(Evaluation ev) {
        StringBuilder b = new StringBuilder();
        String out = ev.outputId();
        b.append("output ").append(out).append(" = ").append(Numbers.human(ev.value()));
        if (ev.timesteps() > 1) b.append("  (at t = ").append(ev.timesteps()).append(" of ").append(ev.timesteps()).append(")");
        b.append("\n\nvalues").append(ev.timesteps() > 1 ? " at t = " + ev.timesteps() : "").append(":\n");
        table(b, ev.values());
        b.append("\ngradients ∂").append(out).append("/∂·").append(ev.timesteps() > 1 ? " (summed over time)" : "").append(":\n");
        table(b, ev.grads());
        return b.toString();
    }

    private static void table(StringBuilder b, Map<String, Double> m) {
        int w = 0;
        for (String k : m.keySet()) w = Math.max(w, k.length());
        for (Map.Entry<String, Double> en : m.entrySet()) {
            b.append("  ").append(en.getKey()).append(" ".repeat(w - en.getKey().length()))
                    .append("  ").append(Numbers.human(en.getValue())).append('\n');
        }
    }
}
