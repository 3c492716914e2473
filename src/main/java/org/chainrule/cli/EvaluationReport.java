package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.io.PrintStream;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Validator;
import org.chainrule.ops.DistinctNumbers;

/** What {@code eval} prints: the JSON object of docs/command-line.md, or a table for people. */
public final class EvaluationReport {
    private EvaluationReport() {}

    /** The {@code eval --json} object: output, timesteps, value, values, grads, series. */
    public static JsonObject json(Evaluation ev) {
        JsonObject o = new JsonObject();
        o.addProperty("output", ev.outputId());
        o.addProperty("timesteps", ev.timesteps());
        o.addProperty("value", ev.value());
        o.add("values", ev.hasTensors() ? JsonOutput.tensors(ev.tensorValues()) : JsonOutput.map(ev.values()));
        o.add("grads", ev.hasTensors() ? JsonOutput.tensors(ev.tensorGrads()) : JsonOutput.map(ev.grads()));
        JsonObject series = new JsonObject();
        if (ev.timesteps() > 1 && ev.hasTensors()) {
            for (int i = 0; i < ev.compiled().n; i++) {
                JsonArray vs = new JsonArray(), gs = new JsonArray();
                for (int t = 1; t <= ev.timesteps(); t++) {
                    vs.add(JsonOutput.tensor(ev.tensor(i, t)));
                    gs.add(JsonOutput.tensor(ev.gradTensor(i, t)));
                }
                JsonObject s = new JsonObject();
                s.add("values", vs);
                s.add("grads", gs);
                series.add(ev.compiled().id(i), s);
            }
        } else if (ev.timesteps() > 1) {
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

    /**
     * For people: values at t = T and gradients, numbers rounded to 4 significant digits, or more where
     * a fraction would look whole or two different numbers of the table would read the same.
     */
    public static String human(Evaluation ev) {
        if (ev.hasTensors()) return humanTensors(ev);
        StringBuilder b = new StringBuilder();
        String out = ev.outputId();
        Map<String, Double> values = ev.values(), grads = ev.grads();
        List<Double> all = new ArrayList<>(values.values());
        all.addAll(grads.values());
        DistinctNumbers numbers = DistinctNumbers.of(all);
        b.append("output ").append(out).append(" = ").append(numbers.human(ev.value()));
        if (ev.timesteps() > 1) b.append("  (at t = ").append(ev.timesteps()).append(" of ").append(ev.timesteps()).append(")");
        b.append("\n\nvalues").append(ev.timesteps() > 1 ? " at t = " + ev.timesteps() : "").append(":\n");
        table(b, values, numbers);
        b.append("\ngradients ∂").append(out).append("/∂·").append(ev.timesteps() > 1 ? " (summed over time)" : "").append(":\n");
        table(b, grads, numbers);
        return b.toString();
    }

    /** For people, a graph with tensors: every node's value and gradient written out as nested lists. */
    private static String humanTensors(Evaluation ev) {
        StringBuilder b = new StringBuilder();
        String out = ev.outputId();
        b.append("output ").append(out).append(" = ").append(ev.tensor(ev.compiled().output, ev.timesteps()).format());
        if (ev.timesteps() > 1) b.append("  (at t = ").append(ev.timesteps()).append(" of ").append(ev.timesteps()).append(")");
        b.append("\n\nvalues").append(ev.timesteps() > 1 ? " at t = " + ev.timesteps() : "").append(":\n");
        tensorTable(b, ev.tensorValues());
        b.append("\ngradients ∂").append(out).append("/∂·").append(ev.timesteps() > 1 ? " (summed over time)" : "").append(":\n");
        tensorTable(b, ev.tensorGrads());
        return b.toString();
    }

    private static void tensorTable(StringBuilder b, Map<String, org.chainrule.ops.tensor.Tensor> m) {
        int w = 0;
        for (String k : m.keySet()) w = Math.max(w, k.length());
        for (Map.Entry<String, org.chainrule.ops.tensor.Tensor> en : m.entrySet()) {
            b.append("  ").append(en.getKey()).append(" ".repeat(w - en.getKey().length()))
                    .append("  ").append(en.getValue().format()).append('\n');
        }
    }

    /** One line on {@code err} for every number that is not finite (the output is still printed). */
    public static void warnings(Evaluation ev, String source, PrintStream err) {
        for (Diagnostic d : Validator.numbers(ev)) err.println("warning: " + source + ": " + d.message());
    }

    private static void table(StringBuilder b, Map<String, Double> m, DistinctNumbers numbers) {
        int w = 0;
        for (String k : m.keySet()) w = Math.max(w, k.length());
        for (Map.Entry<String, Double> en : m.entrySet()) {
            b.append("  ").append(en.getKey()).append(" ".repeat(w - en.getKey().length()))
                    .append("  ").append(numbers.human(en.getValue())).append('\n');
        }
    }
}
