package org.chainrule.ui.stepper;

import java.util.List;
import org.chainrule.edit.Command;
import org.chainrule.engine.Trainer;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/** One gradient-descent step as an editor command: sets every trained quantity; undo puts the old numbers back. */
final class TrainingStep implements Command {
    private final List<Trainer.Update> updates;
    private final String name;

    TrainingStep(List<Trainer.Update> updates, double lr, double momentum) {
        this.updates = List.copyOf(updates);
        this.name = "Gradient-descent step (lr " + lr + (momentum != 0 ? ", μ " + momentum : "") + ")";
    }

    @Override
    public void apply(Graph g) {
        for (Trainer.Update u : updates) set(g, u.key(), u.now());
    }

    @Override
    public void undo(Graph g) {
        for (Trainer.Update u : updates) set(g, u.key(), u.was());
    }

    private static void set(Graph g, String key, org.chainrule.ops.tensor.Tensor v) {
        Quantity q = Quantity.find(g, key);
        if (q != null) q.set(v);
    }

    @Override
    public String name() { return name; }
}
