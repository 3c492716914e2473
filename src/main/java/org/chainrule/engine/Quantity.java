package org.chainrule.engine;

/**
 * What a number in an explanation is: the value or the gradient of a node at a time step, a local
 * partial read at a node, or the gradient of a key (a bias, a weight, an init, a param) at a time step
 * (time 0: summed over the time steps). A number with no quantity is a given one (a weight, a bias, a
 * constant). {@code result} marks a number computed from the numbers before it in its line (the last
 * number of a chain of equalities), which gives away any of them.
 */
public record Quantity(Kind kind, String key, int time, boolean result) {
    public enum Kind { VALUE, GRAD, LOCAL, KEY }

    public static Quantity value(String node, int t) { return new Quantity(Kind.VALUE, node, t, false); }

    public static Quantity grad(String node, int t) { return new Quantity(Kind.GRAD, node, t, false); }

    public static Quantity local(String node, int t) { return new Quantity(Kind.LOCAL, node, t, false); }

    public static Quantity key(String key, int t) { return new Quantity(Kind.KEY, key, t, false); }

    /** The same quantity, as the result of the numbers before it. */
    public Quantity asResult() { return new Quantity(kind, key, time, true); }

    /** Written into a marked text ({@link TaggedText}): kind letter, result mark, time, key. */
    String code() {
        return kind.name().charAt(0) + (result ? "!" : "") + time + ":" + key;
    }

    static Quantity parse(String code) {
        Kind kind = switch (code.charAt(0)) {
            case 'V' -> Kind.VALUE;
            case 'G' -> Kind.GRAD;
            case 'L' -> Kind.LOCAL;
            default -> Kind.KEY;
        };
        boolean result = code.charAt(1) == '!';
        int start = result ? 2 : 1, colon = code.indexOf(':', start);
        return new Quantity(kind, code.substring(colon + 1), Integer.parseInt(code.substring(start, colon)), result);
    }

}
