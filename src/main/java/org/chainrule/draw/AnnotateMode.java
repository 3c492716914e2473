package org.chainrule.draw;

import java.util.Locale;

/** Which numbers an exported or displayed diagram carries ({@code --annotate}, docs/command-line.md). */
public enum AnnotateMode {
    /** The blank graph: the question sheet. */
    NONE,
    /** Forward-pass values. */
    VALUES,
    /** Gradients of the backward pass. */
    GRADS,
    /** Values and gradients: the full solution. */
    BOTH;

    public boolean showsValues() { return this == VALUES || this == BOTH; }

    public boolean showsGrads() { return this == GRADS || this == BOTH; }

    /** The mode named {@code none|values|grads|both} (case-insensitive), or null. */
    public static AnnotateMode byName(String name) {
        if (name == null) return null;
        for (AnnotateMode m : values()) if (m.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return m;
        return null;
    }
}
