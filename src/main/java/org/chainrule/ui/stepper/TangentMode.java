package org.chainrule.ui.stepper;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ForwardPasses;
import org.chainrule.engine.TangentCursor;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/**
 * The stepper's forward mode: the Forward/Reverse switch, the key the tangents are taken with respect to,
 * and a {@link TangentCursor} over the forward-mode pass of the stepped graph's evaluation. While it is
 * on, the stepper's moves go to this cursor and the canvas shows tangents ({@link TangentNotes}).
 * Uses JavaFX properties but no controls.
 */
final class TangentMode implements Positions {
    private final BooleanProperty on = new SimpleBooleanProperty(this, "forwardMode", false);
    private final ObjectProperty<String> key = new SimpleObjectProperty<>(this, "wrt");
    private Graph graph;
    private Evaluation evaluation;
    private TangentCursor cursor;

    /** Forward mode (on) or reverse mode (off). */
    BooleanProperty onProperty() { return on; }

    boolean on() { return on.get() && cursor() != null; }

    /** The key of the forward pass (null: the first key of the graph). */
    ObjectProperty<String> keyProperty() { return key; }

    /**
     * Calls {@code r} when the switch changes, or the key while forward mode is on (a new graph sets the key
     * too: in reverse mode that must not start the stepper).
     */
    void onChange(Runnable r) {
        on.addListener(o -> r.run());
        key.addListener(o -> {
            if (on.get()) r.run();
        });
    }

    /** Shows the current position in the stepper's outputs (no reverse state: null); true. */
    boolean publish(javafx.beans.property.ObjectProperty<org.chainrule.engine.StepState> state,
                    javafx.beans.property.ObjectProperty<Annotations> annotations,
                    javafx.beans.property.StringProperty counter, javafx.beans.property.StringProperty explanation) {
        state.set(null);
        annotations.set(annotations());
        counter.set(counter());
        explanation.set(explanation());
        return true;
    }

    /** A new evaluation to step (after every edit); the position starts over. */
    void setEvaluation(Graph g, Evaluation ev) {
        graph = g;
        evaluation = ev;
        cursor = null;
    }

    /** The keys a forward pass can start from, in key order. */
    List<String> keys() { return keys(graph); }

    /** The keys of {@code g} a forward pass can start from (none for null). */
    static List<String> keys(Graph g) {
        return g == null ? List.of() : Quantity.all(g).stream().map(Quantity::key).toList();
    }

    /** The cursor for the chosen key (made on first use, and again when the key changes), or null. */
    TangentCursor cursor() {
        if (graph == null || evaluation == null || evaluation.hasTensors()) return null;
        List<String> keys = keys();
        String k = key.get() != null && keys.contains(key.get()) ? key.get() : keys.isEmpty() ? null : keys.get(0);
        if (k == null) return null;
        if (cursor == null || !k.equals(cursor.tangents().key())) {
            int p = cursor == null ? 0 : cursor.position();
            cursor = new TangentCursor(graph, ForwardPasses.of(evaluation, k));
            cursor.seek(p);
        }
        return cursor;
    }

    Annotations annotations() { return TangentNotes.of(graph, cursor().state()); }

    String counter() { return cursor().counter(); }

    String explanation() {
        TangentCursor c = cursor();
        String text = c.explanation();
        if (c.position() > 0 && c.state().step().node() != null) {
            List<String> local = org.chainrule.engine.symbolic.FunctionDerivatives.lines(graph, c.state().step().node(),
                    evaluation, c.state().step().t());
            if (!local.isEmpty()) text += "\n" + String.join("\n", local);
        }
        return text.isEmpty() ? "Forward mode: Step to carry ∂·/∂" + c.tangents().key() + " through the graph, node by node." : text;
    }

    /**
     * What each mode costs on this graph: one reverse pass gives the output's derivative with respect to
     * every key; forward mode needs one pass per key.
     */
    static String cost(int n) {
        return "Cost of every ∂out/∂key on this graph:\nreverse: 1 pass; forward: one pass per input (" + n + " inputs/params)";
    }

    // ---- moves (while on) ----

    @Override public boolean forward() { return cursor().forward(); }
    @Override public boolean back() { return cursor().back(); }
    @Override public void reset() { cursor().reset(); }
    @Override public void toEndOfForward() { cursor().toEnd(); }
    @Override public void toEnd() { cursor().toEnd(); }
    @Override public void seek(int p) { cursor().seek(p); }
    @Override public boolean atEnd() { return cursor().atEnd(); }
    @Override public boolean atStart() { return cursor().atStart(); }
}
