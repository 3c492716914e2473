package org.chainrule.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * A cursor over the steps of one forward-mode pass ({@link Tangents#steps()}), as {@link StepCursor} is
 * over the reverse pass: position p means the first p tangent steps have been played. Every number is
 * read from the finished pass; moving never recomputes. The graph must not be edited while it is in use.
 */
public final class TangentCursor extends PlayPosition {
    private final Graph graph;
    private final Tangents tangents;
    private final List<TangentStep> steps;

    /**
     * Everything known at one position, for the time step being shown: the nodes whose value and tangent
     * the steps so far have given, the tangent each edge carries into a node already stepped, and the
     * edges the step just played brings its tangents along (into its node).
     */
    public record State(int position, TangentStep step, int time, Map<Node, Double> values, Map<Node, Double> tangents,
                        Map<Edge, Double> edgeTangents, List<Edge> moving) {}

    /** A cursor over {@code tangents}, which must have been computed from {@code graph}. */
    public TangentCursor(Graph graph, Tangents tangents) {
        this.graph = graph;
        this.tangents = tangents;
        this.steps = tangents.steps();
    }

    public Graph graph() { return graph; }

    public Tangents tangents() { return tangents; }

    @Override
    public int size() { return steps.size(); }


    /** "tangent 3 of 6 — ∂·/∂x" (with the time step when there are several). */
    public String counter() {
        int T = tangents.evaluation().timesteps();
        String s = "tangent " + position + " of " + steps.size() + " — ∂·/∂" + org.chainrule.model.KeyNames.of(graph, tangents.key());
        if (T > 1) s += " · t = " + time() + " of " + T;
        return s;
    }

    /** The current step's text as {@code steps --forward} prints it; empty at the start. */
    public String explanation() { return position == 0 ? "" : steps.get(position - 1).text(); }

    private int time() { return position == 0 ? 1 : steps.get(position - 1).t(); }

    public State state() {
        int t = time();
        TangentStep step = position == 0 ? null : steps.get(position - 1);
        Map<Node, Double> values = new LinkedHashMap<>(), tans = new LinkedHashMap<>();
        Map<Edge, Double> edges = new LinkedHashMap<>();
        Evaluation ev = tangents.evaluation();
        for (int k = 0; k < position; k++) {
            TangentStep s = steps.get(k);
            if (s.t() != t || s.node() == null) continue;
            values.put(s.node(), ev.value(s.node(), t));
            tans.put(s.node(), s.tangent());
            for (Edge e : graph.incoming(s.node())) edges.put(e, tangents.edgeTangent(e, t));
        }
        List<Edge> moving = step == null || step.node() == null ? List.of() : new ArrayList<>(graph.arguments(step.node()));
        return new State(position, step, t, values, tans, edges, moving);
    }
}
