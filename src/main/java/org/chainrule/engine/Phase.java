package org.chainrule.engine;

/** The pass a step belongs to. */
public enum Phase {
    FORWARD, BACKWARD;

    /** "forward" or "backward", as the JSON output writes it. */
    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
