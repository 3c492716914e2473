package org.chainrule.cli;

import org.chainrule.engine.CompiledGraph;
import org.chainrule.model.Key;
import org.chainrule.ops.Op;

/**
 * {@code --set KEY=V,...} on a graph loaded straight into compiled arrays (big files): the same keys
 * as on a model graph ({@code ID}, {@code ID.bias}, {@code ID.init}, {@code FROM->TO}, {@code FROM->TO#k}).
 */
final class CompiledSets {
    private CompiledSets() {}

    static void apply(CompiledGraph c, String sets, String source) {
        for (java.util.Map.Entry<String, org.chainrule.ops.tensor.Tensor> en : SetOption.parse(sets).entrySet()) {
            if (!en.getValue().isScalar()) {
                throw new org.chainrule.io.InputException("--set " + en.getKey() + ": " + source + " is read as a big scalar graph; it has no tensors");
            }
            if (!set(c, en.getKey(), en.getValue().at(0))) throw SetOption.unknownKey(source, en.getKey());
        }
    }

    private static boolean set(CompiledGraph c, String text, double d) {
        Key key = Key.parse(text);
        if (key == null) return false;
        if (key.isWeight()) return setWeight(c, key, d);
        int i = c.indexOf(key.id());
        if (i < 0) return false;
        switch (key.kind()) {
            case BIAS:
                if (c.op[i] != Op.NEURON) return false;
                c.bias[i] = d;
                return true;
            case INIT:
                c.init[i] = d;
                return true;
            default:
                if (!c.op[i].isSource()) return false;
                c.value[i] = d;
                c.series[i] = null; // one number for every step, as on a model graph
                return true;
        }
    }

    /** The k-th edge FROM->TO (k from {@code #k}, default 1) into a neuron. */
    private static boolean setWeight(CompiledGraph c, Key key, double d) {
        int s = c.indexOf(key.id()), t = c.indexOf(key.to());
        if (s < 0 || t < 0 || c.op[t] != Op.NEURON) return false;
        int seen = 0;
        for (int j = c.argStart[t]; j < c.argStart[t + 1]; j++) {
            if (c.argSource[j] == s && ++seen == key.parallel()) {
                c.argWeight[j] = d;
                return true;
            }
        }
        return false;
    }
}
