package org.chainrule.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ops.Numbers;

/**
 * Gradient descent over many iterations with a record of each: row 0 is the graph before the first
 * update, row k after k updates, each with the loss (the output's value) and every trainable number.
 * The graph given is the one trained (pass a copy to keep the original). A loss, a value or a gradient
 * that is no longer a finite number stops the run ({@link Stopped}) before an update could write NaN
 * parameters.
 */
public final class TrainingRun {
    /** One iteration: the loss and the trainable numbers (in {@link #keys()} order) at that point. */
    public record Row(int iteration, double loss, List<Double> values, List<Tensor> tensors) {}

    /** The run cannot go on: a number stopped being finite at {@code iteration} (0 = before the first update). */
    public static final class Stopped extends RuntimeException {
        private final int iteration;
        private final String why;

        Stopped(int iteration, String why) {
            super(when(iteration) + ": " + why);
            this.iteration = iteration;
            this.why = why;
        }

        /** The row that could not be used: 0 before the first update, k after k updates. */
        public int iteration() { return iteration; }

        /** What is not finite, e.g. "the gradient of w is NaN". */
        public String why() { return why; }

        /** "before the first step", "after 3 steps". */
        public static String when(int iteration) {
            return iteration == 0 ? "before the first step" : "after " + iteration + " step" + (iteration == 1 ? "" : "s");
        }
    }

    private final Graph graph;
    private final Trainer trainer;
    private final List<Quantity> trained = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private Evaluation current;

    /** Evaluates {@code graph} as it is (row 0); throws {@link Stopped} when that already is not finite. */
    public TrainingRun(Graph graph, double lr, double momentum) {
        this.graph = graph;
        this.trainer = new Trainer(lr, momentum);
        for (Quantity q : Quantity.all(graph)) {
            if (!q.trainable()) continue;
            trained.add(q);
            keys.add(q.key());
            Tensor v = q.tensor();
            for (int k = 0; k < v.size(); k++) columns.add(v.isScalar() ? q.key() : q.key() + org.chainrule.ops.tensor.Shapes.place(v.shape(), k));
        }
        record();
    }

    /** One update from the last row, then the new row; returns it. */
    public Row step() {
        trainer.step(graph, current);
        return record();
    }

    /** The trainable keys, in the graph's key order ({@link Row#tensors} holds their values). */
    public List<String> keys() { return Collections.unmodifiableList(keys); }

    /**
     * The columns after the loss ({@link Row#values}): each trainable key, a tensor key once per element
     * ({@code W[1,2]}, 1-based, row-major).
     */
    public List<String> columns() { return Collections.unmodifiableList(columns); }

    /** Every row so far, from 0. */
    public List<Row> rows() { return Collections.unmodifiableList(rows); }

    /** The last row. */
    public Row last() { return rows.get(rows.size() - 1); }

    /** How many updates were made. */
    public int iterations() { return rows.size() - 1; }

    /** The evaluation of the graph as it is now (the last row's). */
    public Evaluation current() { return current; }

    /** The trained graph. */
    public Graph graph() { return graph; }

    private Row record() {
        int k = rows.size();
        Evaluation ev = Engine.evaluate(graph);
        String why = problem(ev, graph);
        if (why != null) throw new Stopped(k, why);
        current = ev;
        List<Double> values = new ArrayList<>(trained.size());
        List<Tensor> tensors = new ArrayList<>(trained.size());
        for (Quantity q : trained) {
            Tensor v = q.tensor();
            tensors.add(v);
            for (double x : v.data()) values.add(x);
        }
        Row r = new Row(k, ev.value(), List.copyOf(values), List.copyOf(tensors));
        rows.add(r);
        return r;
    }

    /**
     * Why a step from this evaluation would break the numbers: a value (the output's included) or the
     * gradient of a trainable quantity that is not finite; null when all are finite.
     */
    public static String problem(Evaluation ev, Graph g) {
        List<Diagnostic> ds = Validator.values(ev);
        if (!ds.isEmpty()) return ds.get(0).message();
        for (Quantity q : Quantity.all(g)) {
            double d = ev.hasTensors() ? ev.gradTensor(q.key()).norm() : ev.grad(q.key());
            if (q.trainable() && !Double.isFinite(d)) {
                List<Diagnostic> origin = Validator.numbers(ev);
                return "the gradient of " + q.key() + " is " + Numbers.human(d)
                        + (origin.isEmpty() ? "" : " (" + origin.get(0).message() + ")");
            }
        }
        return null;
    }
}
