package org.chainrule.ui.canvas;

import org.chainrule.draw.Annotations;
import org.chainrule.draw.TensorNotes;
import org.chainrule.engine.TensorEdges;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;

/** What the editor shows on the graph when the stepper does not: each node's evaluated value. */
public final class EditorAnnotations {
    private EditorAnnotations() {}

    public static Annotations values(Graph g, Evaluation ev) {
        if (ev == null) return Annotations.none();
        Annotations.Builder b = Annotations.builder();
        int t = g.timesteps();
        for (Node n : g.nodes()) {
            if (ev.hasTensors()) {
                // a tensor graph's values are whole tensors: the scalar accessor reads the first element only
                Tensor v = TensorEdges.value(ev, n, ev.timesteps());
                String tip = (t > 1 ? "at t = " + t + ": " : "") + TensorNotes.exact(v);
                b.node(n.id(), Annotations.NodeNote.EMPTY.withValue(TensorNotes.text(v), tip));
                continue;
            }
            double v = ev.value(n);
            // the canvas says once that these are the values at the last step (see GraphCanvas)
            String tip = (t > 1 ? "at t = " + t + ": " : "") + Numbers.exact(v);
            b.node(n.id(), Annotations.NodeNote.EMPTY.withValue(Numbers.human(v), tip));
        }
        return b.build();
    }
}
