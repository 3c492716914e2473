package org.chainrule.engine;

import java.util.List;

/**
 * One problem with a graph: a one-line message and the ids of the nodes involved (in order, for a
 * cycle), so the editor can select them.
 */
public record Diagnostic(String message, List<String> nodeIds) {
    public Diagnostic {
        nodeIds = List.copyOf(nodeIds);
    }

    @Override
    public String toString() { return message; }
}
