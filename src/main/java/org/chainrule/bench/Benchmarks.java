package org.chainrule.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.chainrule.engine.CompiledGraph;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Unroller;
import org.chainrule.io.GraphFile;
import org.chainrule.io.StreamingGraphReader;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Graph;

/**
 * The in-process measurements of issue 7, printed as they are taken: streamed load of the big graph,
 * forward + backward by the engine against the flat-array yardstick, the P10b cell over 10,000 steps,
 * and the layered layout of 1,000 nodes. Whole-process figures (time, peak memory) come from
 * {@code bench/compare.sh}, which runs {@code eval --summary} and the Python yardstick under
 * {@code /usr/bin/time}.
 */
public final class Benchmarks {
    private final PrintStream out;
    private final int runs;

    public Benchmarks(PrintStream out, int runs) {
        this.out = out;
        this.runs = Math.max(1, runs);
    }

    /** Writes the benchmark graph unless the file is already there. */
    public static void ensureGraph(Path file, int nodes, long seed, PrintStream out) throws IOException {
        if (Files.exists(file)) return;
        long t0 = System.nanoTime();
        long written = new RandomLayeredGraph(nodes, seed).write(file);
        out.printf(Locale.ROOT, "generated %s: %,d nodes, %.1f MB in %.1f s%n", file, written,
                Files.size(file) / 1e6, seconds(t0));
    }

    /** Streamed load, then engine and yardstick, alternating, {@code runs} times each after a warm-up. */
    public void engineAgainstYardstick(Path file) {
        long t0 = System.nanoTime();
        CompiledGraph c = StreamingGraphReader.read(file);
        out.printf(Locale.ROOT, "load (stream + compile) %s: %,d nodes, %,d edges: %.2f s%n", file, c.n,
                c.argSource.length, seconds(t0));
        FlatLoop loop = FlatLoop.of(c);
        Evaluation[] last = new Evaluation[1];
        DoubleSupplier engine = () -> {
            last[0] = Evaluation.of(c);
            return last[0].value();
        };
        DoubleSupplier yardstick = loop::run;
        for (int w = 0; w < 3; w++) {
            engine.getAsDouble();
            yardstick.getAsDouble();
        }
        double[] e = new double[runs], y = new double[runs];
        for (int r = 0; r < runs; r++) {
            e[r] = millis(engine);
            y[r] = millis(yardstick);
        }
        double me = median(e), my = median(y);
        out.printf(Locale.ROOT, "forward + backward, median of %d: engine %.1f ms (min %.1f), flat-array loop %.1f ms (min %.1f): ratio %.2f%n",
                runs, me, min(e), my, min(y), me / my);
        out.printf(Locale.ROOT, "  same numbers: output %s vs %s, largest gradient difference %s%n",
                last[0].value(), loop.val[c.output], largestDifference(last[0], loop, c));
    }

    /** TUM P10b, h_t = relu(u·h_{t−1} + w·x_t), y = v·h, over 10,000 steps: folded and unrolled. */
    public void recurrence(int steps) {
        Graph g = p10b(steps);
        double[] fold = new double[runs];
        Evaluation ev = null;
        for (int w = 0; w < 2; w++) Engine.evaluate(g);
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            ev = Engine.evaluate(g);
            fold[r] = (System.nanoTime() - t0) / 1e6;
        }
        long t1 = System.nanoTime();
        int steps2 = ev.trace().size();
        double trace = (System.nanoTime() - t1) / 1e6;
        out.printf(Locale.ROOT, "P10b cell, T = %,d (one graph, delayed edge): validate + compile + both passes median %.1f ms; "
                + "stepper trace of %,d steps %.0f ms; y = %s, dy/du = %s%n", steps, median(fold), steps2, trace,
                ev.value(), ev.grad("u"));
        double[] unrollMs = new double[runs], evalMs = new double[runs];
        Graph u = null;
        Evaluation eu = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            u = Unroller.unroll(g);
            long t2 = System.nanoTime();
            eu = Engine.evaluate(u);
            unrollMs[r] = (t2 - t0) / 1e6;
            evalMs[r] = (System.nanoTime() - t2) / 1e6;
        }
        out.printf(Locale.ROOT, "  unrolled into %,d nodes: unroll median %.0f ms, validate + compile + both passes median %.0f ms; y = %s, dy/du = %s%n",
                u.nodeCount(), median(unrollMs), median(evalMs), eu.value(), eu.grad("u"));
    }

    /** Parse + layered layout of a 1,000-node random layered graph: the first run (cold) and the median. */
    public void layout(int nodes) throws IOException {
        StringWriter w = new StringWriter();
        new RandomLayeredGraph(nodes, 1).write(w);
        String json = w.toString();
        List<Double> times = new ArrayList<>();
        Graph g = null;
        for (int r = 0; r < runs + 1; r++) {
            long t0 = System.nanoTime();
            g = GraphFile.parse(json, "layout.json");
            LayeredLayout.apply(g);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        double[] warm = times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).toArray();
        out.printf(Locale.ROOT, "open + lay out %,d nodes, %,d edges: first %.0f ms, then median %.0f ms (min %.0f)%n",
                g.nodeCount(), g.edgeCount(), times.get(0), median(warm), min(warm));
    }

    /**
     * The exam's cell as shipped in {@code graphs/tum-p10b-rnn-ops.json} (bundled on the class path), with
     * u = 0.5 instead of 3 so that 10,000 steps stay finite, and x_t = 1, 2, 1, 2, …
     */
    public static Graph p10b(int steps) {
        String resource = "/graphs/tum-p10b-rnn-ops.json";
        Graph g;
        try (java.io.InputStream in = Benchmarks.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the class path");
            g = GraphFile.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Double> xs = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) xs.add(t % 2 == 0 ? 1.0 : 2.0);
        g.node("x").setValues(xs);
        g.node("u").setValue(0.5);
        g.setTimesteps(steps);
        return g;
    }

    private static String largestDifference(Evaluation ev, FlatLoop loop, CompiledGraph c) {
        double worst = 0;
        for (int i = 0; i < c.n; i++) {
            double a = ev.gradAt(i, 1), b = loop.grad[i];
            double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
            worst = Math.max(worst, Math.abs(a - b) / scale);
        }
        return String.format(Locale.ROOT, "%.1e (relative)", worst);
    }

    private static double millis(DoubleSupplier s) {
        long t0 = System.nanoTime();
        s.getAsDouble();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static double min(double[] a) { return Arrays.stream(a).min().orElse(Double.NaN); }
}
