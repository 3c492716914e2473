package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import org.chainrule.engine.Phase;
import org.chainrule.engine.Step;
import org.chainrule.engine.Trace;
import org.chainrule.engine.Unroller;
import org.chainrule.engine.symbolic.FunctionDerivatives;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steps FILE [--json] [--unrolled] [--of ID | --forward --wrt KEY]}: the stepper's steps in order, each
 * with its explanation; with {@code --forward}, the tangent steps of forward mode.
 */
@Command(name = "steps",
        description = "The stepper's steps in order, forward then backward, each with its explanation;"
                + " with --forward, the tangents of forward mode in evaluation order.")
public final class StepsCommand extends GraphCommand {

    @Mixin
    JsonFlag json;

    @Option(names = "--unrolled", description = "Steps the graph unrolled over its time steps (as the stepper's unrolled view).")
    boolean unrolled;

    @Mixin
    ForwardOptions mode;

    @Override
    int run(PrintStream out) {
        mode.check();
        Graph g = graph.load();
        if (unrolled) g = Unroller.unroll(g);
        if (mode.forward) {
            TangentReport.steps(mode.tangents(g), out, json.on);
            return 0;
        }
        org.chainrule.engine.Evaluation ev = mode.evaluate(g);
        Trace trace = ev.trace();
        if (json.on) {
            JsonOutput.writeArray(out, "steps", trace.steps(), StepsCommand::json);
        } else {
            int i = 0;
            for (Step s : trace.steps()) {
                i++;
                out.println(String.format("%3d %-8s %s", i, s.phase().id(), s.text()));
                for (String d : s.details()) out.println("             " + d);
                // a function node's local derivatives, from its body
                if (s.phase() == Phase.BACKWARD && s.node() != null) {
                    for (String d : FunctionDerivatives.lines(g, s.node(), ev, s.t())) out.println("             " + d);
                }
            }
            if (!trace.totals().isEmpty()) {
                out.println("totals over the time steps:");
                for (String t : trace.totals()) out.println("             " + t);
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
