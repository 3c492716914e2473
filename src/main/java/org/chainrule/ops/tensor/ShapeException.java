package org.chainrule.ops.tensor;

/** Arguments whose shapes an op cannot take; the message names the op and the shapes. */
public final class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) { super(message); }
}
