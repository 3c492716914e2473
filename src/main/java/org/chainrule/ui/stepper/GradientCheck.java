package org.chainrule.ui.stepper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ui.BackgroundWork;
import org.chainrule.ui.EditorViewModel;

/**
 * The stepper's gradient check: the central finite-difference estimate of every key's gradient of the
 * shown graph, worked out once per graph. A small graph is checked at once; a big one through a
 * {@link BackgroundWork} (progress and Cancel in the status bar), the window staying responsive. Until
 * the estimates arrive none is shown; cancelled, the check is switched off and none ever is.
 */
final class GradientCheck {
    private final BooleanProperty on;
    private final Runnable arrived;
    private BackgroundWork work = new BackgroundWork();
    private int backgroundNodes = EditorViewModel.BACKGROUND_NODES;
    private Graph of;
    private Map<String, Double> estimates;
    /** The graph being checked off the FX thread, or null; and the job's generation in {@link #work}. */
    private Graph checking;
    private long generation;

    /** {@code on} is the check box's property; {@code arrived} runs when estimates arrive late. */
    GradientCheck(BooleanProperty on, Runnable arrived) {
        this.on = on;
        this.arrived = arrived;
        watch(work);
    }

    void setWork(BackgroundWork w) {
        work = w;
        watch(w);
    }

    void setBackgroundNodes(int nodes) { backgroundNodes = nodes; }

    boolean running() { return checking != null; }

    /** Forgets the estimates (the graph changed). */
    void clear() {
        of = null;
        estimates = null;
    }

    /**
     * The estimates for {@code g} when the check is on and they are known; otherwise null, starting the
     * work when it is on.
     */
    Map<String, Double> estimates(Graph g) {
        if (!on.get() || g == null) return null;
        if (g == of) return estimates;
        if (checking == g) return null;
        java.util.function.Consumer<Map<String, Double>> apply = m -> {
            boolean late = checking != null;
            checking = null;
            if (m == null) return;
            of = g;
            estimates = m;
            if (late) arrived.run();
        };
        if (g.nodeCount() <= backgroundNodes) {
            work.runNow("Cannot check the gradients", p -> of(g, p), apply);
            return g == of ? estimates : null;
        }
        checking = g;
        generation = work.generation() + 1; // the job it replaces stops as start begins: not a cancel
        work.start("Checking gradients", "Cannot check the gradients", p -> of(g, p), apply);
        return null;
    }

    private void watch(BackgroundWork w) {
        w.runningProperty().addListener((o, was, now) -> {
            // stopped while a check of ours ran and before its result came: cancelled or replaced
            if (!now && work == w && checking != null && w.generation() != generation) {
                checking = null;
                on.set(false);
            }
        });
    }

    /**
     * The estimate of every key's gradient, computed once per graph; a tensor key's by element, keyed by
     * the element's place ({@code W[1,2]}).
     */
    static Map<String, Double> of(Graph g) {
        return of(g, BackgroundWork.Progress.NONE);
    }

    /** The same, telling how far it has come; null when its thread is interrupted (cancelled). */
    static Map<String, Double> of(Graph g, BackgroundWork.Progress progress) {
        Map<String, Double> m = new LinkedHashMap<>();
        List<Quantity> all = Quantity.all(g);
        for (int i = 0; i < all.size(); i++) {
            if (Thread.currentThread().isInterrupted()) return null;
            progress.report((double) i / all.size(), null);
            Quantity q = all.get(i);
            try {
                if (q.isTensor()) {
                    // a tensor key: every element's estimate, under the element's place (W[1,2])
                    org.chainrule.ops.tensor.Tensor fd = FiniteDifference.estimateTensor(g, q.key(), FiniteDifference.DEFAULT_H);
                    for (int k = 0; k < fd.size(); k++) m.put(q.key() + org.chainrule.ops.tensor.Shapes.place(fd.shape(), k), fd.at(k));
                } else {
                    m.put(q.key(), FiniteDifference.estimate(g, q.key()));
                }
            } catch (RuntimeException e) {
                // a key the estimate cannot shift (should not happen): leave it without an estimate
            }
        }
        return m;
    }
}
