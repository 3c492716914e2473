package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.Unroller;
import org.chainrule.model.Graph;

/**
 * The diagram exactly as the stepper shows it after K steps (0 = the start, {@link StepCursor#size()} =
 * the end of the backward pass): the same cursor, the same {@link StepNotes} and the same
 * {@link DiagramBuilder} as the canvas, so {@code export --step K} is a picture of the stepper.
 */
public final class StepDiagram {
    private StepDiagram() {}

    /**
     * The cursor the stepper plays over {@code graph}: over its unrolled copy when {@code unrolled} and
     * the graph is recurrent, else over the graph itself. Evaluates the graph: an invalid graph throws
     * the engine's {@link org.chainrule.engine.GraphException}.
     */
    public static StepCursor cursor(Graph graph, boolean unrolled) {
        return StepCursor.of(unrolled && isRecurrent(graph) ? Unroller.unroll(graph) : graph);
    }

    /** Whether the graph reads anything through a delayed edge or runs several time steps. */
    public static boolean isRecurrent(Graph g) {
        return g.hasDelays() || g.timesteps() > 1;
    }

    /** The stepper's labels after {@code k} steps, keeping only the numbers {@code mode} asks for. */
    public static Annotations notes(StepCursor c, int k, AnnotateMode mode) {
        if (k < 0 || k > c.size()) throw new IllegalArgumentException("step " + k + " is not in 0.." + c.size());
        return only(StepNotes.of(c.graph(), c.stateAt(k)), mode);
    }

    /** The diagram after {@code k} steps (see {@link #notes}). */
    public static Diagram at(StepCursor c, int k, AnnotateMode mode) {
        return DiagramBuilder.build(c.graph(), notes(c, k, mode));
    }

    /** Every stepper position from 0 to the end: {@code size() + 1} diagrams. */
    public static List<Diagram> frames(StepCursor c, AnnotateMode mode) {
        List<Diagram> out = new ArrayList<>();
        for (int k = 0; k <= c.size(); k++) out.add(at(c, k, mode));
        return out;
    }

    /**
     * The rectangle that holds the diagram at every stepper position (texts included), for a view that
     * should not clip a label at any step: every position when there are at most {@code maxDiagrams},
     * else that many spread evenly, the end of each pass among them.
     */
    public static Rect extent(StepCursor c, int maxDiagrams) {
        int n = c.size() + 1;
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>(List.of(0, c.forwardCount(), c.size()));
        int m = Math.max(1, Math.min(n, maxDiagrams));
        for (int i = 0; i < m; i++) at.add((int) Math.round(i * (n - 1) / (double) Math.max(1, m - 1)));
        Rect b = null;
        for (int k : at) {
            Rect r = at(c, k, AnnotateMode.BOTH).bounds();
            b = b == null ? r : b.union(r);
        }
        return b;
    }

    /** The notes without the values or gradients {@code mode} leaves out (highlights and dimming stay). */
    static Annotations only(Annotations a, AnnotateMode mode) {
        if (mode == AnnotateMode.BOTH) return a;
        Annotations.Builder b = a.toBuilder();
        a.nodes().forEach((id, n) -> b.node(id, n.withValue(mode.showsValues() ? n.value() : null, n.valueTooltip())
                .withGrad(mode.showsGrads() ? n.grad() : null, n.gradTooltip())
                .withExtras(mode.showsGrads() ? n.extras() : List.of(), n.extraTooltips())));
        a.edges().forEach((key, e) -> b.edge(key, e.withValue(mode.showsValues() ? e.value() : null, e.valueTooltip())
                .withGrad(mode.showsGrads() ? e.grad() : null, e.gradTooltip())));
        return b.build();
    }
}
