package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.Set;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Phase;
import org.chainrule.engine.Step;
import org.chainrule.engine.Trace;
import org.chainrule.model.Graph;

/** {@code steps FILE [--json]}: the stepper's steps in order, each with its explanation. */
public final class StepsCommand implements Command {
    public String name() { return "steps"; }

    public String usage() { return "steps FILE [--set KEY=V,...] [--json]       the passes step by step"; }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--set"), Set.of("--json"));
        String file = a.single("FILE");
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        Trace trace = Engine.evaluate(g).trace();
        if (a.flag("--json")) {
            JsonArray steps = new JsonArray();
            for (Step s : trace.steps()) steps.add(json(s));
            JsonObject o = new JsonObject();
            o.add("steps", steps);
            out.println(JsonOutput.toJson(o));
        } else {
            int i = 0;
            for (Step s : trace.steps()) {
                i++;
                out.println(String.format("%3d %-8s %s", i, s.phase().id(), s.text()));
                for (String d : s.details()) out.println("             " + d);
            }
        }
        return 0;
    }

    /** One step as docs/command-line.md writes it; {@code details} (neuron bias and weight gradients) when there are any. */
    public static JsonObject json(Step s) {
        JsonObject o = new JsonObject();
        o.addProperty("phase", s.phase().id());
        o.addProperty("node", s.nodeId());
        o.addProperty("t", s.t());
        o.addProperty(s.phase() == Phase.FORWARD ? "value" : "grad", s.number());
        o.addProperty("text", s.text());
        if (!s.details().isEmpty()) {
            JsonArray d = new JsonArray();
            s.details().forEach(d::add);
            o.add("details", d);
        }
        return o;
    }
}
