package org.chainrule.model;

/**
 * The key of a quantity, as files, {@code --set}, {@code grads} and {@code symbolic --wrt} write it
 * (docs/file-format.md): a node {@code ID}, a neuron's bias {@code ID.bias}, a node's value before step 1
 * {@code ID.init}, an edge weight {@code FROM->TO}, and {@code FROM->TO#k} for the k-th of parallel edges
 * (k ≥ 2). Also the one rule for ids: {@code [A-Za-z_][A-Za-z0-9_]*}.
 *
 * @param kind what the key names
 * @param id the node (for a weight: the edge's source)
 * @param to a weight's target, else null
 * @param parallel a weight's place among the parallel edges FROM->TO, from 1; else 0
 */
public record Key(Kind kind, String id, String to, int parallel) {
    /** The id rule as a regular expression. */
    public static final String ID_PATTERN = "[A-Za-z_][A-Za-z0-9_]*";
    /** What an id must look like, in words. */
    public static final String ID_RULE = "letters, digits and _, not starting with a digit";

    public enum Kind { NODE, BIAS, INIT, WEIGHT }

    private static final String ARROW = "->", BIAS = ".bias", INIT = ".init";

    public static Key node(String id) { return new Key(Kind.NODE, id, null, 0); }

    public static Key bias(String id) { return new Key(Kind.BIAS, id, null, 0); }

    public static Key init(String id) { return new Key(Kind.INIT, id, null, 0); }

    /** The weight of the k-th edge FROM->TO (k from 1). */
    public static Key weight(String from, String to, int k) { return new Key(Kind.WEIGHT, from, to, k); }

    /** The key written in {@code text}, or null when it follows none of the forms (or an id breaks the id rule). */
    public static Key parse(String text) {
        if (text == null) return null;
        int arrow = text.indexOf(ARROW);
        if (arrow >= 0) {
            String from = text.substring(0, arrow), to = text.substring(arrow + ARROW.length());
            int k = 1;
            int hash = to.indexOf('#');
            if (hash >= 0) {
                try {
                    k = Integer.parseInt(to.substring(hash + 1));
                } catch (NumberFormatException ex) {
                    return null;
                }
                if (k < 1) return null;
                to = to.substring(0, hash);
            }
            return isId(from) && isId(to) ? weight(from, to, k) : null;
        }
        if (text.endsWith(BIAS) || text.endsWith(INIT)) {
            String id = text.substring(0, text.length() - BIAS.length());
            if (!isId(id)) return null;
            return text.endsWith(BIAS) ? bias(id) : init(id);
        }
        return isId(text) ? node(text) : null;
    }

    /** Whether {@code s} follows the id rule (a loop, not a regex: it runs once per node of a big file). */
    public static boolean isId(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
            if (!letter && !(k > 0 && ch >= '0' && ch <= '9')) return false;
        }
        return true;
    }

    /** The key's written form: {@code h.bias}, {@code x->h#2}. */
    @Override
    public String toString() {
        switch (kind) {
            case BIAS: return id + BIAS;
            case INIT: return id + INIT;
            case WEIGHT: return id + ARROW + to + (parallel > 1 ? "#" + parallel : "");
            default: return id;
        }
    }

    /** How people read the key in graph g: {@code b(h)}, {@code w(x→h)}, a label ({@link KeyNames#of}). */
    public String display(Graph g) {
        return KeyNames.of(g, toString());
    }

    public boolean isWeight() { return kind == Kind.WEIGHT; }
}
