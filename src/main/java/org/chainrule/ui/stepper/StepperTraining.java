package org.chainrule.ui.stepper;

import java.util.List;
import java.util.function.Consumer;
import org.chainrule.engine.Trainer;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/**
 * Gradient descent from the stepper: one {@link Trainer} step at a time, worked out on a copy of the
 * graph and handed to the applier (the window runs it through the editor's history, so Undo takes it
 * back). The momentum velocities carry over while the learning rate and μ stay the same and nobody
 * edits the graph by hand.
 */
final class StepperTraining {
    private Trainer trainer;
    private double lr = Double.NaN;
    private double momentum = Double.NaN;
    private Consumer<List<Trainer.Update>> applier;
    private Graph target;

    StepperTraining() { applier = this::applyDirectly; }

    /** Applies an update's new numbers to the editor's graph; null: set them directly. */
    void setApplier(Consumer<List<Trainer.Update>> a) { applier = a == null ? this::applyDirectly : a; }

    /** The graph was edited by hand: the next step starts afresh, no momentum carried over. */
    void restart() { trainer = null; }

    /** One step on {@code g} (learning rate {@code lr}, momentum μ), applied; returns what changed. */
    List<Trainer.Update> step(Graph g, double lr, double momentum) {
        if (trainer == null || lr != this.lr || momentum != this.momentum) {
            trainer = new Trainer(lr, momentum);
            this.lr = lr;
            this.momentum = momentum;
        }
        List<Trainer.Update> changes = trainer.step(g.copy());
        target = g;
        applier.accept(changes);
        return changes;
    }

    private void applyDirectly(List<Trainer.Update> changes) {
        for (Trainer.Update u : changes) {
            Quantity q = Quantity.find(target, u.key());
            if (q != null) q.set(u.now());
        }
    }
}
