package org.chainrule.ui.canvas;

import java.util.HashMap;
import java.util.Map;
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

    /**
     * The notes written for scalar values, by the value's bits, for graphs of {@code timesteps} steps: an
     * edit of a big graph changes some of its values, and the others' texts are taken from here instead
     * of being written again. Never changed once made (any thread may read it).
     */
    public static final class Written {
        public static final Written NONE = new Written(-1, Map.of());
        private final int timesteps;
        private final Map<Long, Annotations.NodeNote> notes;

        private Written(int timesteps, Map<Long, Annotations.NodeNote> notes) {
            this.timesteps = timesteps;
            this.notes = notes;
        }
    }

    /** The annotations and the notes written for them. */
    public record Values(Annotations annotations, Written written) {}

    public static Annotations values(Graph g, Evaluation ev) { return values(g, ev, Written.NONE).annotations(); }

    /** The same, taking the notes of the values already written in {@code before}. */
    public static Values values(Graph g, Evaluation ev, Written before) {
        if (ev == null) return new Values(Annotations.none(), Written.NONE);
        Annotations.Builder b = Annotations.builder();
        int t = g.timesteps();
        Map<Long, Annotations.NodeNote> old = before.timesteps == t ? before.notes : Map.of();
        Map<Long, Annotations.NodeNote> now = new HashMap<>(g.nodeCount() * 2);
        for (Node n : g.nodes()) {
            if (ev.hasTensors()) {
                // a tensor graph's values are whole tensors: the scalar accessor reads the first element only
                Tensor v = TensorEdges.value(ev, n, ev.timesteps());
                String tip = (t > 1 ? "at t = " + t + ": " : "") + TensorNotes.exact(v);
                b.node(n.id(), Annotations.NodeNote.EMPTY.withValue(TensorNotes.text(v), tip));
                continue;
            }
            double v = ev.value(n);
            Long bits = Double.doubleToRawLongBits(v);
            Annotations.NodeNote note = now.get(bits);
            if (note == null) {
                note = old.get(bits);
                // the canvas says once that these are the values at the last step (see GraphCanvas)
                if (note == null) note = Annotations.NodeNote.EMPTY.withValue(Numbers.human(v), (t > 1 ? "at t = " + t + ": " : "") + Numbers.exact(v));
                now.put(bits, note);
            }
            b.node(n.id(), note);
        }
        return new Values(b.build(), ev.hasTensors() ? Written.NONE : new Written(t, now));
    }
}
