package org.chainrule.ui.stepper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.edit.SetNumbers;
import org.chainrule.engine.Trainer;

/** One gradient-descent step as an editor command: sets every trained quantity; undo puts the old numbers back. */
final class TrainingStep {
    private TrainingStep() {}

    static SetNumbers of(List<Trainer.Update> updates, double lr, double momentum) {
        Map<String, org.chainrule.ops.tensor.Tensor> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        for (Trainer.Update u : updates) {
            before.put(u.key(), u.was());
            after.put(u.key(), u.now());
        }
        return new SetNumbers("Gradient-descent step (lr " + lr + (momentum != 0 ? ", μ " + momentum : "") + ")", before, after);
    }
}
