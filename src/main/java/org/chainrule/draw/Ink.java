package org.chainrule.draw;

/** Which theme colour a piece of text is painted in. */
public enum Ink {
    /** Node titles and symbols. */
    TEXT,
    /** Secondary text: weights, delay marks, activation names. */
    MUTED,
    /** Forward-pass values. */
    FORWARD,
    /** Backward-pass gradients. */
    BACKWARD,
    /** Forward-mode tangents (ṅ = ∂n/∂key), which travel with the values and are not gradients. */
    TANGENT
}
