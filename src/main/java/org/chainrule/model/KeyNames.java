package org.chainrule.model;

/**
 * The one way every quantity is written for people, shared by the {@code steps} explanations, the
 * {@code symbolic} formulas and the editor: a node by its label ({@code ŷ}, bracketed when the label is
 * itself a formula: {@code (w·x_t)}), a node at a time step ({@code h_2} for a label {@code h_t}, else
 * {@code s⟨2⟩}; step 0 is the init, {@code h_0}), a neuron's bias {@code b(h_3)}, an edge weight by the
 * edge's label ({@code w[1]_13}) or else {@code w(x_1→h_3)} ({@code w(a→h#2)} for a parallel edge).
 *
 * <p>Derivatives come in two kinds and are written apart, as exams do: the total derivative of the
 * output, summed over every path, with {@code d} ({@code dJ/dh_1}), and the local partial derivative of
 * one node with respect to one of its arguments with {@code ∂} ({@code ∂ŷ/∂h_1}). So
 * {@code dJ/dh_1 = dJ/dŷ · ∂ŷ/∂h_1} never repeats its left side on its right.
 */
public final class KeyNames {
    private KeyNames() {}

    /** A node's name: its label (or id), in brackets when the label is a formula. */
    public static String node(Node n) {
        return node(n.displayName());
    }

    /** A display name in brackets when it is a formula ({@code w·x + x}), so {@code ∂y/∂(w·x + x)} reads right. */
    public static String node(String displayName) {
        boolean formula = displayName.chars().anyMatch(ch -> " +−-·*×/÷^(),=".indexOf(ch) >= 0);
        boolean wrapped = displayName.startsWith("(") && displayName.endsWith(")");
        return formula && !wrapped ? "(" + displayName + ")" : displayName;
    }

    /**
     * A name at time step t of a graph with time: a name ending in {@code _t} takes the step as its
     * subscript ({@code h_t} at step 2 is {@code h_2}, its init {@code h_0}); any other name gets the step
     * in angle brackets ({@code h⟨2⟩}, {@code h⟨0⟩}).
     */
    public static String at(String name, int t) {
        if (name.endsWith("_t") && name.length() > 2) return name.substring(0, name.length() - 1) + t;
        return name + "⟨" + t + "⟩";
    }

    /** A node at a step: plain without time, else as {@link #at}. */
    public static String at(Node n, int t, boolean timed) {
        return timed ? at(node(n), t) : node(n);
    }

    /** The bias of the neuron written {@code nodeName}: {@code b(h_3)}. */
    public static String bias(String nodeName) {
        return "b(" + nodeName + ")";
    }

    /**
     * An edge weight: its label when it has one, else {@code w(from→to)}, with {@code #k} for the k-th of
     * parallel edges (k ≥ 2).
     */
    public static String weight(String label, String fromName, String toName, int parallel) {
        if (label != null) return label;
        return "w(" + fromName + "→" + toName + (parallel > 1 ? "#" + parallel : "") + ")";
    }

    /**
     * The display form of any key: {@code ID} (the node), {@code ID.bias}, {@code ID.init} (the node at
     * step 0), an edge weight {@code FROM->TO#k}. An unknown key is written as it is.
     */
    public static String of(Graph g, String key) {
        Quantity q = Quantity.find(g, key);
        if (q == null) {
            Node n = g.node(key);
            return n == null ? key : node(n);
        }
        switch (q.kind()) {
            case BIAS: return bias(node(q.node()));
            case INIT: return at(node(q.node()), 0);
            case WEIGHT: {
                Edge e = q.edge();
                return weight(e.label(), node(g.source(e)), node(g.target(e)), Key.parse(g.key(e)).parallel());
            }
            default: return node(q.node());
        }
    }

    /** The total derivative {@code dof/dwrt}: the output's change through every path. */
    public static String total(String of, String wrt) {
        return "d" + of + "/d" + wrt;
    }

    /** The local partial {@code ∂of/∂wrt}: one node's own derivative with respect to one argument. */
    public static String partial(String of, String wrt) {
        return "∂" + of + "/∂" + wrt;
    }
}
