package org.chainrule.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
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
        Trace trace = ev.plainTrace();
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
    /** A step as one JSON object, written as it goes. */
    /** A tensor step's number as nested lists of its shape. */
    private static void tensor(Object nested, JsonWriter w) throws IOException {
        if (nested instanceof java.util.List) {
            w.beginArray();
            for (Object x : (java.util.List<?>) nested) tensor(x, w);
            w.endArray();
        } else {
            w.value((Double) nested);
        }
    }

    static void json(Step s, JsonWriter w) throws IOException {
        w.beginObject();
        w.name("phase").value(s.phase().id());
        w.name("node").value(s.nodeId());
        w.name("t").value(s.t());
        w.name(s.phase() == Phase.FORWARD ? "value" : "grad");
        if (s.tensor() == null || s.tensor().isScalar()) w.value(s.number());
        else tensor(s.tensor().toNested(), w);
        w.name("text").value(s.text());
        if (!s.details().isEmpty()) {
            w.name("details").beginArray();
            for (String d : s.details()) w.value(d);
            w.endArray();
        }
        w.endObject();
    }
}
