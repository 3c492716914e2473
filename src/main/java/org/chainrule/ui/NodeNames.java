package org.chainrule.ui;

import org.chainrule.ops.Op;

/** How new nodes are named: x1, w1, c1 for sources, h1 for neurons, the op's own name otherwise (add1, max1). */
final class NodeNames {
    private NodeNames() {}

    static String prefix(Op op) {
        return switch (op) {
            case INPUT -> "x";
            case PARAM -> "w";
            case CONST -> "c";
            case NEURON -> "h";
            default -> op.id();
        };
    }
}
