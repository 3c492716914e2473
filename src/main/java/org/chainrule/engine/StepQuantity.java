package org.chainrule.engine;

/**
 * What a number in an explanation is: the value or the gradient of a node at a time step, a local
 * partial read at a node (from the values around it), or the gradient of a key (a bias, a weight, an
 * init, a param) at a time step (time 0: summed over the time steps). A number with no quantity is a
 * given one (a weight, a bias, a constant).
 */
public record StepQuantity(Kind kind, String key, int time) {
    public enum Kind { VALUE, GRAD, LOCAL, KEY }

    public static StepQuantity value(String node, int t) { return new StepQuantity(Kind.VALUE, node, t); }

    public static StepQuantity grad(String node, int t) { return new StepQuantity(Kind.GRAD, node, t); }

    public static StepQuantity local(String node, int t) { return new StepQuantity(Kind.LOCAL, node, t); }

    public static StepQuantity key(String key, int t) { return new StepQuantity(Kind.KEY, key, t); }

    /** Written into a marked text ({@link TaggedText}): kind letter, time, key. */
    String code() {
        return kind.name().charAt(0) + Integer.toString(time) + ":" + key;
    }

    static StepQuantity parse(String code) {
        Kind kind = switch (code.charAt(0)) {
            case 'V' -> Kind.VALUE;
            case 'G' -> Kind.GRAD;
            case 'L' -> Kind.LOCAL;
            default -> Kind.KEY;
        };
        int colon = code.indexOf(':');
        return new StepQuantity(kind, code.substring(colon + 1), Integer.parseInt(code.substring(1, colon)));
    }
}
