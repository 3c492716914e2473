package org.chainrule.engine;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * Where each number of an unrolled graph comes from in the folded one: node {@code h_t2} is {@code h} at
 * step 2, the edge {@code x_t2 → h_t2} is the weight {@code x->h} at step 2, {@code h_t0} is {@code h.init},
 * a shared param is the folded param itself. {@link Unroller} records it for each graph it makes, so the
 * explanation of an unrolled graph tags every per-step contribution with its step and totals them under
 * the folded name, exactly as the folded graph's explanation does ({@link Totals}).
 */
final class UnrolledOrigins {
    /**
     * A quantity of the folded graph at a step: its key, its name as {@link org.chainrule.model.KeyNames}
     * writes it, the step (0: an init; {@link #SHARED}: a shared param), and whether it is one number at
     * every step (so its contributions are totalled; a list-valued input is not).
     */
    record Origin(String key, String name, int t, boolean totalled) {}

    /** The step of a shared param: one node for every step. */
    static final int SHARED = -1;

    private static final Map<Graph, UnrolledOrigins> RECORDED = Collections.synchronizedMap(new WeakHashMap<>());

    final Map<Node, Origin> nodes = new IdentityHashMap<>();
    final Map<Edge, Origin> edges = new IdentityHashMap<>();

    static UnrolledOrigins record(Graph unrolled) {
        UnrolledOrigins o = new UnrolledOrigins();
        RECORDED.put(unrolled, o);
        return o;
    }

    /** What {@link Unroller} recorded for this graph, or null (a graph that is not an unrolled copy). */
    static UnrolledOrigins of(Graph g) {
        return g == null ? null : RECORDED.get(g);
    }
}
