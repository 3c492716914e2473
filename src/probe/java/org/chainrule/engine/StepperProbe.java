package org.chainrule.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;

/**
 * Times the stepper's two in-process builds on one graph file: the recorded trace with its explanation
 * text ({@link Evaluation#trace()}) and the {@link StepCursor} over it, each on a fresh evaluation, after
 * warm-up runs; prints the medians.
 *
 * <pre>java -cp target/chainrule.jar org.chainrule.engine.StepperProbe FILE [RUNS]</pre>
 */
public final class StepperProbe {
    private StepperProbe() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Graph g = GraphFile.read(file);
        double[] trace = new double[runs], cursor = new double[runs];
        int steps = 0;
        for (int r = -2; r < runs; r++) {
            Evaluation ev = Engine.evaluate(g);
            long t0 = System.nanoTime();
            steps = ev.trace().size();
            long t1 = System.nanoTime();
            StepCursor c = new StepCursor(g, ev);
            long t2 = System.nanoTime();
            c.toEnd();
            if (c.state().grads().size() != g.nodeCount()) throw new IllegalStateException("cursor incomplete");
            if (r < 0) continue;
            trace[r] = (t1 - t0) / 1e6;
            cursor[r] = (t2 - t1) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s: %,d nodes, %,d edges, %,d steps; median of %d after 2 warm-ups:"
                        + " trace() %.0f ms (min %.0f), StepCursor %.0f ms (min %.0f)%n",
                file, g.nodeCount(), g.edgeCount(), steps, runs, median(trace), min(trace), median(cursor), min(cursor));
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static double min(double[] a) { return Arrays.stream(a).min().orElse(Double.NaN); }
}
