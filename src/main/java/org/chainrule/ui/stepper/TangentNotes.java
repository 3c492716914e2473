package org.chainrule.ui.stepper;

import java.util.Map;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Annotations.EdgeNote;
import org.chainrule.draw.Annotations.NodeNote;
import org.chainrule.engine.TangentCursor;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;

/**
 * What a forward-mode position shows on the graph: every node already stepped (at the time step shown)
 * with its value and its tangent in the dot notation ({@code ẋ = 1}, where a gradient would be in reverse
 * mode), each edge into it with the tangent it brings, the node of the step just played highlighted and
 * the nodes not yet reached dimmed; the tangents are painted in their own colour, not the gradient's. Plain Java: tested without a window.
 */
final class TangentNotes {
    private TangentNotes() {}

    static Annotations of(Graph g, TangentCursor.State s) {
        Annotations.Builder b = Annotations.builder().tangents();
        Node current = s.step() == null ? null : s.step().node();
        for (Node n : g.nodes()) {
            NodeNote note = NodeNote.EMPTY;
            Double v = s.values().get(n), tan = s.tangents().get(n);
            if (v != null) note = note.withValue(Numbers.human(v), Numbers.exact(v));
            if (tan != null) note = note.withGrad(dot(g, n, s.time()) + " = " + Numbers.human(tan), "∂" + n.id() + "/∂key = " + Numbers.exact(tan));
            note = note.withHighlighted(n == current).withDimmed(v == null && current != null);
            b.node(n.id(), note);
        }
        for (Map.Entry<Edge, Double> en : s.edgeTangents().entrySet()) {
            Edge e = en.getKey();
            EdgeNote note = EdgeNote.EMPTY.withGrad(Numbers.human(en.getValue()), "tangent carried: " + Numbers.exact(en.getValue()))
                    .withHighlighted(s.moving().contains(e));
            b.edge(g.key(e), note);
        }
        return b.build();
    }

    /** The node's name at step t with the dot of a tangent, as the steps write it ({@code ẋ}, {@code (w·x)˙}, {@code ḣ_2}). */
    static String dot(Graph g, Node n, int t) {
        String name = g.timesteps() > 1 ? KeyNames.at(KeyNames.node(n), t) : KeyNames.node(n);
        return org.chainrule.engine.TangentStep.dot(name);
    }
}
