package org.chainrule.cli;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.TangentStep;
import org.chainrule.engine.Tangents;
import org.chainrule.ops.DistinctNumbers;

/** What {@code eval --forward} and {@code steps --forward} print: the JSON of docs/command-line.md, or text for people. */
final class TangentReport {
    private TangentReport() {}

    /** {@code {"wrt", "output", "timesteps", "value", "tangent", "values", "tangents"}}. */
    static JsonObject json(Tangents tg) {
        Evaluation ev = tg.evaluation();
        JsonObject o = new JsonObject();
        o.addProperty("wrt", tg.key());
        o.addProperty("output", ev.outputId());
        o.addProperty("timesteps", ev.timesteps());
        o.addProperty("value", ev.value());
        o.addProperty("tangent", tg.output());
        o.add("values", JsonOutput.map(ev.values()));
        o.add("tangents", JsonOutput.map(tg.values()));
        return o;
    }

    static String human(Tangents tg) {
        Evaluation ev = tg.evaluation();
        Map<String, Double> values = ev.values(), tangents = tg.values();
        List<Double> all = new ArrayList<>(values.values());
        all.addAll(tangents.values());
        DistinctNumbers numbers = DistinctNumbers.of(all);
        String at = ev.timesteps() > 1 ? " at t = " + ev.timesteps() : "";
        String shown = ev.graph() == null ? tg.key() : org.chainrule.model.KeyNames.of(ev.graph(), tg.key());
        StringBuilder b = new StringBuilder();
        b.append("forward mode with respect to ").append(tg.key()).append(": d").append(ev.outputId()).append("/d")
                .append(shown).append(" = ").append(numbers.human(tg.output())).append("\n\ntangents ∂·/∂")
                .append(tg.key()).append(at).append(":\n");
        int w = 0;
        for (String k : tangents.keySet()) w = Math.max(w, k.length());
        for (Map.Entry<String, Double> en : tangents.entrySet()) {
            b.append("  ").append(en.getKey()).append(" ".repeat(w - en.getKey().length())).append("  ")
                    .append(numbers.human(en.getValue())).append('\n');
        }
        return b.toString();
    }

    /** One forward-mode step: phase "tangent", node, t, tangent, rule, text. */
    static JsonObject json(TangentStep s) {
        JsonObject o = new JsonObject();
        o.addProperty("phase", "tangent");
        o.addProperty("node", s.nodeId());
        o.addProperty("t", s.t());
        o.addProperty("tangent", s.tangent());
        o.addProperty("rule", s.rule());
        o.addProperty("text", s.text());
        return o;
    }

    /** The steps, a function node's with its local derivatives from its body ({@code "local"} in JSON). */
    static void steps(Tangents tg, java.io.PrintStream out, boolean json) {
        Evaluation ev = tg.evaluation();
        java.util.function.Function<TangentStep, List<String>> local = s -> s.node() == null || ev.graph() == null ? List.of()
                : org.chainrule.engine.symbolic.FunctionDerivatives.lines(ev.graph(), s.node(), ev, s.t());
        if (json) {
            JsonOutput.writeTrees(out, "steps", tg.steps(), s -> {
                JsonObject o = json(s);
                List<String> lines = local.apply(s);
                if (!lines.isEmpty()) {
                    com.google.gson.JsonArray a = new com.google.gson.JsonArray();
                    lines.forEach(a::add);
                    o.add("local", a);
                }
                return o;
            });
            return;
        }
        int i = 0;
        for (TangentStep s : tg.steps()) {
            out.println(String.format("%3d %-8s %s", ++i, "tangent", s.text()));
            for (String d : local.apply(s)) out.println("             " + d);
        }
    }

}
