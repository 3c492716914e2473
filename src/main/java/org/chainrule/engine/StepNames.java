package org.chainrule.engine;

import org.chainrule.model.KeyNames;

/**
 * How the explanations write the nodes of a compiled graph ({@code h_2} at a step of a recurrent graph),
 * the weights of neurons ({@code w[1]_13}) and the keys of argument slots, as {@link KeyNames} spells them.
 */
final class StepNames {
    private final Evaluation ev;
    private final CompiledGraph c;
    private final String[] names;

    StepNames(Evaluation ev, String[] names) {
        this.ev = ev;
        this.c = ev.compiled();
        this.names = names;
    }

    /** The key of argument slot j's edge in the evaluated graph, or null when there is no graph. */
    String edgeKey(int j) {
        return ev.graph() == null || c.argEdges == null ? null : ev.graph().key(c.argEdges[j]);
    }

    /** The weight of argument slot j of neuron {@code target} as {@link KeyNames} writes it. */
    String weightName(int j, int target) {
        if (ev.graph() != null && c.argEdges != null) return KeyNames.of(ev.graph(), ev.graph().key(c.argEdges[j]));
        int parallel = 1;
        for (int q = c.argStart[target]; q < j; q++) if (c.argSource[q] == c.argSource[j]) parallel++;
        String label = c.argEdges == null ? null : c.argEdges[j].label();
        return KeyNames.weight(label, names[c.argSource[j]], names[target], parallel);
    }

    String argName(int j, int t) {
        int tt = t - c.argDelay[j];
        return name(c.argSource[j], tt);
    }

    /** A node at a step: the plain name in a one-step graph, else with its step ({@link KeyNames#at}). */
    String name(int i, int t) {
        if (c.timesteps == 1 && t >= 1) return names[i];
        return KeyNames.at(names[i], t);
    }

    org.chainrule.model.Node node(int i) {
        return c.nodes == null ? null : c.nodes[i];
    }

    /** On the left of "=", a name needs no brackets. */
    static String unbracketed(String name) {
        return name.startsWith("(") && name.endsWith(")") && name.indexOf('(', 1) < 0 ? name.substring(1, name.length() - 1) : name;
    }
}
