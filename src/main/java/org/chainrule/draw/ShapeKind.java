package org.chainrule.draw;

/** The outline of a node. */
public enum ShapeKind {
    /** Operations (add, mul, max, …): a rectangle. */
    BOX,
    /** Neurons: a circle whose diameter is the node's width. */
    CIRCLE,
    /** Inputs, params and constants: a rectangle with rounded corners ({@link #CORNER_RADIUS}). */
    ROUNDED;

    /** Corner radius of {@link #ROUNDED} boxes, in pixels. */
    public static final double CORNER_RADIUS = 9;
}
