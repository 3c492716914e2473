package org.chainrule.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Node;

/**
 * The result of one forward-mode pass ({@link ForwardPasses}): every node's tangent, its derivative with
 * respect to the key the pass was seeded at, at every time step, beside the evaluation it ran on.
 * Immutable.
 */
public final class Tangents {
    private final Evaluation ev;
    private final String key;
    private final ForwardSeed seed;
    private final double[] tan;
    private List<TangentStep> steps;

    Tangents(Evaluation ev, String key, ForwardSeed seed, double[] tan) {
        this.ev = ev;
        this.key = key;
        this.seed = seed;
        this.tan = tan;
    }

    /** The key differentiated with respect to, or null for a mixed direction. */
    public String key() { return key; }

    /** The values the tangents were taken at. */
    public Evaluation evaluation() { return ev; }

    /** ∂node/∂key at t = T. */
    public double tangent(Node n) { return tangentAt(ev.compiled().indexOf(n), ev.timesteps()); }

    /** ∂(node at step t)/∂key. */
    public double tangent(Node n, int t) { return tangentAt(ev.compiled().indexOf(n), t); }

    /** ∂(node index i at step t)/∂key. */
    public double tangentAt(int i, int t) { return tan[(t - 1) * ev.compiled().n + i]; }

    /** The output's tangent at t = T: d out/d key, the number the reverse pass gives for the key. */
    public double output() { return tangentAt(ev.compiled().output, ev.timesteps()); }

    /** The tangent an edge carries into its target at step t (an init's seed before step 1). */
    public double edgeTangent(Edge e, int t) {
        CompiledGraph c = ev.compiled();
        return ForwardPasses.argTangent(c, tan, seed, c.slotOf(e), t);
    }

    /** Every node's tangent at t = T, by id, in node order. */
    public Map<String, Double> values() {
        CompiledGraph c = ev.compiled();
        Map<String, Double> m = new LinkedHashMap<>(c.n * 2);
        for (int i = 0; i < c.n; i++) m.put(c.id(i), tangentAt(i, c.timesteps));
        return m;
    }

    /** The steps of the pass in evaluation order, each with its rule and numbers (built once). */
    public synchronized List<TangentStep> steps() {
        if (steps == null) steps = new TangentExplainer(this).steps();
        return steps;
    }

    ForwardSeed seed() { return seed; }

    double[] raw() { return tan; }
}
