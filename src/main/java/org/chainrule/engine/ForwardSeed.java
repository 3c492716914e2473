package org.chainrule.engine;

import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.ops.Op;

/**
 * The direction of a forward-mode pass: how fast each key moves (the seed tangents). One key with
 * tangent 1 gives ∂node/∂key at every node; a mix of keys gives the directional derivative, which the
 * dot-product test of AD compares with the reverse pass. A node's key moves the node additively at every
 * time step (a source's value, or a computed node's output), as the reverse pass sums ∂out/∂node over
 * the steps.
 */
final class ForwardSeed {
    final double[] node;
    final double[] bias;
    final double[] init;
    final double[] weight;

    ForwardSeed(CompiledGraph c) {
        node = new double[c.n];
        bias = new double[c.n];
        init = new double[c.n];
        weight = new double[c.argSource.length];
    }

    /**
     * Adds {@code rate} to the tangent of {@code key} ({@code ID}, {@code ID.bias}, {@code ID.init},
     * {@code FROM->TO#k} into a neuron).
     *
     * @throws IllegalArgumentException naming the key when the graph has no such key
     */
    void add(CompiledGraph c, Graph g, String key, double rate) {
        Key k = Key.parse(key);
        if (k == null) throw new IllegalArgumentException("'" + key + "' is not a key (ID, ID.bias, ID.init or FROM->TO)");
        if (k.isWeight()) {
            int j = slot(c, g, k);
            if (j < 0) throw new IllegalArgumentException("no key '" + key + "' in the graph");
            int target = c.indexOf(k.to());
            if (c.op[target] != Op.NEURON) {
                throw new IllegalArgumentException("'" + key + "' is not a weight: " + k.to() + " is not a neuron");
            }
            weight[j] += rate;
            return;
        }
        int i = c.indexOf(k.id());
        if (i < 0) throw new IllegalArgumentException("no key '" + key + "' in the graph");
        switch (k.kind()) {
            case BIAS:
                if (c.op[i] != Op.NEURON) throw new IllegalArgumentException("no key '" + key + "' in the graph: " + k.id() + " is not a neuron");
                bias[i] += rate;
                break;
            case INIT: init[i] += rate; break;
            default: node[i] += rate; break;
        }
    }

    /** The argument slot of a weight key, or −1. */
    private static int slot(CompiledGraph c, Graph g, Key k) {
        if (g != null) {
            Edge e = g.edge(k);
            return e == null ? -1 : c.slotOrNone(e);
        }
        int from = c.indexOf(k.id()), to = c.indexOf(k.to());
        if (from < 0 || to < 0) return -1;
        int seen = 0;
        for (int j = c.argStart[to]; j < c.argStart[to + 1]; j++) {
            if (c.argSource[j] == from && ++seen == k.parallel()) return j;
        }
        return -1;
    }
}
