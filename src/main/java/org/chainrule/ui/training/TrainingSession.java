package org.chainrule.ui.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.edit.SetNumbers;
import org.chainrule.engine.TrainingRun;
import org.chainrule.model.Graph;

/**
 * One training run of the Training panel: gradient descent on a copy of the editor's graph (so the
 * worker thread never touches what the canvas draws), its momentum kept from step to step, and the
 * editor command that takes the graph from where the run started to its last finite row in one undo
 * step. {@link #step} runs on the worker; the other methods read what it wrote, so all synchronise.
 */
final class TrainingSession {
    private final Map<String, org.chainrule.ops.tensor.Tensor> before = new LinkedHashMap<>();
    private final TrainingRun run;
    private final double lr;
    private final double momentum;
    private boolean broken;

    /** Starts from the editor's graph as it is now; {@link TrainingRun.Stopped} when it is not finite already. */
    TrainingSession(Graph editorGraph, double lr, double momentum) {
        this.lr = lr;
        this.momentum = momentum;
        run = new TrainingRun(editorGraph.copy(), lr, momentum);
        List<org.chainrule.ops.tensor.Tensor> start = run.rows().get(0).tensors();
        for (int j = 0; j < start.size(); j++) before.put(run.keys().get(j), start.get(j));
    }

    double lr() { return lr; }

    double momentum() { return momentum; }

    /** One more iteration; after a {@link TrainingRun.Stopped} the session is {@link #broken}. */
    synchronized TrainingRun.Row step() {
        try {
            return run.step();
        } catch (TrainingRun.Stopped s) {
            broken = true;
            throw s;
        }
    }

    /** Whether a number stopped being finite: the run cannot go on. */
    synchronized boolean broken() { return broken; }

    synchronized int iterations() { return run.iterations(); }

    synchronized TrainingRun.Row last() { return run.last(); }

    synchronized List<TrainingRun.Row> rows() { return List.copyOf(run.rows()); }

    /** The output's id, for the chart's axis. */
    String output() { return run.current().outputId(); }

    /** Sets every trained number to the last row's; undo puts the start back. */
    synchronized SetNumbers command() {
        Map<String, org.chainrule.ops.tensor.Tensor> after = new LinkedHashMap<>();
        List<org.chainrule.ops.tensor.Tensor> last = run.last().tensors();
        for (int j = 0; j < last.size(); j++) after.put(run.keys().get(j), last.get(j));
        int n = run.iterations();
        return new SetNumbers("Train " + n + " iteration" + (n == 1 ? "" : "s") + " (lr " + lr
                + (momentum != 0 ? ", μ " + momentum : "") + ")", before, after);
    }
}
