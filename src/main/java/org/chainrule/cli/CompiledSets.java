package org.chainrule.cli;

import org.chainrule.engine.CompiledGraph;
import org.chainrule.ops.Op;

/**
 * {@code --set KEY=V,...} on a graph loaded straight into compiled arrays (big files): the same keys
 * as on a model graph ({@code ID}, {@code ID.bias}, {@code ID.init}, {@code FROM->TO}, {@code FROM->TO#k}).
 */
final class CompiledSets {
    private CompiledSets() {}

    static void apply(CompiledGraph c, String sets, String source) {
        for (java.util.Map.Entry<String, Double> en : SetOption.parse(sets).entrySet()) {
            if (!set(c, en.getKey(), en.getValue())) throw SetOption.unknownKey(source, en.getKey());
        }
    }

    private static boolean set(CompiledGraph c, String key, double d) {
        int arrow = key.indexOf("->");
        if (arrow > 0) return setWeight(c, key.substring(0, arrow), key.substring(arrow + 2), d);
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            int i = c.indexOf(key.substring(0, dot));
            if (i < 0) return false;
            switch (key.substring(dot + 1)) {
                case "bias":
                    if (c.op[i] != Op.NEURON) return false;
                    c.bias[i] = d;
                    return true;
                case "init":
                    c.init[i] = d;
                    return true;
                default:
                    return false;
            }
        }
        int i = c.indexOf(key);
        if (i < 0 || !c.op[i].isSource()) return false;
        c.value[i] = d;
        c.series[i] = null; // one number for every step, as on a model graph
        return true;
    }

    /** The k-th edge FROM->TO (k from {@code #k}, default 1) into a neuron. */
    private static boolean setWeight(CompiledGraph c, String from, String to, double d) {
        int k = 1;
        int hash = to.indexOf('#');
        if (hash >= 0) {
            try {
                k = Integer.parseInt(to.substring(hash + 1));
            } catch (NumberFormatException e) {
                return false;
            }
            to = to.substring(0, hash);
        }
        int s = c.indexOf(from), t = c.indexOf(to);
        if (s < 0 || t < 0 || c.op[t] != Op.NEURON) return false;
        int seen = 0;
        for (int j = c.argStart[t]; j < c.argStart[t + 1]; j++) {
            if (c.argSource[j] == s && ++seen == k) {
                c.argWeight[j] = d;
                return true;
            }
        }
        return false;
    }
}
