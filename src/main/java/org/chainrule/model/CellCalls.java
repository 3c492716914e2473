package org.chainrule.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.ops.Op;

/**
 * The uses of a cell (a function of several outputs, {@link FunctionDef#hasOutputs}) in a graph: the nodes
 * that call the same cell with the same arguments (the same source and delay for every param) are one use,
 * each node computing one output of it; an LSTM step's h and c are one use of the cell {@code lstm}. A use
 * holds each output at most once (a second node asking for an output already taken starts a use of its own).
 */
public final class CellCalls {
    private CellCalls() {}

    /** Every use of a cell in {@code g}, in node order, each its nodes in node order. */
    public static List<List<Node>> all(Graph g) {
        Map<String, List<List<Node>>> bySignature = new LinkedHashMap<>();
        List<List<Node>> uses = new ArrayList<>();
        for (Node n : g.nodes()) {
            FunctionDef f = cell(g, n);
            if (f == null) continue;
            List<List<Node>> same = bySignature.computeIfAbsent(signature(g, n), k -> new ArrayList<>());
            List<Node> use = null;
            for (List<Node> u : same) {
                if (u.stream().noneMatch(m -> m.functionOutput().equals(n.functionOutput()))) {
                    use = u;
                    break;
                }
            }
            if (use == null) {
                use = new ArrayList<>();
                same.add(use);
                uses.add(use);
            }
            use.add(n);
        }
        return uses;
    }

    /** The use of a cell that {@code call} belongs to; just {@code call} for any other node. */
    public static List<Node> of(Graph g, Node call) {
        if (cell(g, call) != null) for (List<Node> use : all(g)) if (use.contains(call)) return use;
        return List.of(call);
    }

    /** The cell {@code n} calls with a valid output, or null. */
    public static FunctionDef cell(Graph g, Node n) {
        if (n.op() != Op.FUNCTION || n.functionOutput() == null) return null;
        FunctionDef f = g.function(n.function());
        return f != null && f.hasOutputs() && f.resultNode(n.functionOutput()) != null ? f : null;
    }

    /** The function's name and each argument's source and delay, in argument order. */
    private static String signature(Graph g, Node n) {
        StringBuilder s = new StringBuilder(n.function());
        for (Edge e : g.arguments(n)) s.append(' ').append(g.source(e).id()).append('@').append(g.delay(e));
        return s.toString();
    }
}
