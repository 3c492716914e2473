package org.chainrule.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chainrule.engine.CompiledGraph;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.chainrule.io.StreamingGraphReader;
import org.chainrule.ops.Numbers;

/**
 * {@code eval} on big files and {@code eval --summary}: the file is streamed straight into compiled
 * arrays (no JSON tree, no model objects), so a million-node file fits in a few hundred MB.
 */
final class StreamedEval {
    /** Files from this size on are streamed (about 80,000 nodes of a generated graph). */
    static final long BIG_FILE_BYTES = 8L << 20;

    private StreamedEval() {}

    /** Whether {@code file} is a file big enough to stream (false when it cannot be read: the loader says why). */
    static boolean isBig(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) && Files.size(p) >= BIG_FILE_BYTES;
        } catch (IOException | RuntimeException e) {
            return false; // the ordinary loader reports the problem
        }
    }

    static int run(String file, String sets, boolean json, boolean summary, PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        CompiledGraph c;
        Evaluation ev;
        long t1;
        try {
            c = StreamingGraphReader.read(Path.of(file));
            CompiledSets.apply(c, sets, file);
            t1 = System.nanoTime();
            ev = Evaluation.of(c);
        } catch (StreamingGraphReader.NotFlat notFlat) {
            // tensors or functions: the ordinary reader and engine, slower but the same numbers
            Graph g = GraphInput.load(file);
            GraphInput.applySets(g, sets, file);
            t1 = System.nanoTime();
            ev = Engine.evaluate(g);
            c = ev.compiled();
        }
        long t2 = System.nanoTime();
        if (!summary) {
            out.println(json ? JsonOutput.toJson(EvaluationReport.json(ev)) : EvaluationReport.human(ev));
            EvaluationReport.warnings(ev, file, err);
            return 0;
        }
        double load = (t1 - t0) / 1e9, passes = (t2 - t1) / 1e9;
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("output", ev.outputId());
            o.addProperty("timesteps", ev.timesteps());
            o.addProperty("value", ev.value());
            o.addProperty("nodes", c.n);
            o.addProperty("edges", c.argSource.length);
            JsonObject s = new JsonObject();
            s.addProperty("load", load);
            s.addProperty("passes", passes);
            o.add("seconds", s);
            out.println(JsonOutput.toJson(o));
        } else {
            out.println("output " + ev.outputId() + " = " + Numbers.exact(ev.value())
                    + (ev.timesteps() > 1 ? "  (at t = " + ev.timesteps() + ")" : ""));
            out.println(String.format(Locale.ROOT, "%,d nodes, %,d edges, %d time step%s",
                    c.n, c.argSource.length, c.timesteps, c.timesteps == 1 ? "" : "s"));
            out.println(String.format(Locale.ROOT, "load %.3f s, forward + backward %.3f s, total %.3f s",
                    load, passes, load + passes));
        }
        EvaluationReport.warnings(ev, file, err);
        return 0;
    }
}
