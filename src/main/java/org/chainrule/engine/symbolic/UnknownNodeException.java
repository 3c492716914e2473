package org.chainrule.engine.symbolic;

/**
 * A derivative asked of or with respect to a node the graph does not have. The message says so in the
 * graph's terms ("no node 'q' in the graph"); {@link #role} says which of the two was asked for, so a
 * caller can name its own field or option.
 */
public final class UnknownNodeException extends IllegalArgumentException {
    /** Which end of the derivative is missing. */
    public enum Role { OF, WRT }

    private final Role role;

    UnknownNodeException(Role role, String message) {
        super(message);
        this.role = role;
    }

    public Role role() { return role; }
}
