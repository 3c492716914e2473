package org.chainrule.engine;

import java.util.List;
import org.chainrule.ops.Op;

/**
 * The rules a graph must satisfy to be evaluated, each with the one wording of its problem. Both the
 * {@link Validator} (over a model graph) and the big-file builder (over arrays, without model objects)
 * check them through these methods, so a problem reads the same whichever path found it. Each check
 * returns the problem's text, or null when the rule holds.
 */
public final class Rules {
    private Rules() {}

    /** Arity: the op takes {@code k} arguments. */
    public static String arity(Op op, int k) {
        if (op.acceptsArity(k)) return null;
        String takes = op.isSource() ? "takes no inputs" : "takes " + op.arityText() + " input" + (op.maxArity() == 1 ? "" : "s");
        return op.id() + " " + takes + ", has " + k;
    }

    /** A call of the function {@code name} ({@code def}: its definition, or null) with {@code k} arguments. */
    public static String call(String name, org.chainrule.model.FunctionDef def, String output, int k) {
        if (def == null) return "unknown function '" + name + "'";
        String wrongOutput = def.outputProblem(output);
        if (wrongOutput != null) return wrongOutput;
        if (def.arity() == k) return null;
        return "function " + def.signature() + " takes " + def.arity() + " input" + (def.arity() == 1 ? "" : "s") + ", has " + k;
    }

    /**
     * A source's value: given, and as a list one number or one per time step.
     *
     * @param listed how many numbers the value lists, or −1 when it is a single number
     */
    public static String sourceValue(Op op, boolean hasValue, int listed, int timesteps) {
        if (!op.isSource()) return null;
        if (!hasValue) return op.id() + " has no value";
        if (listed >= 0 && listed != timesteps && listed != 1) {
            return "value lists " + listed + " numbers but the graph runs " + timesteps + " time step" + (timesteps == 1 ? "" : "s");
        }
        return null;
    }

    /** An explicit {@code arg} of edge FROM->TO into a node of {@code k} arguments, {@code taken} if another edge gives it. */
    public static String arg(String from, String to, int a, int k, boolean taken) {
        if (a >= k) return "edge " + from + "->" + to + " has arg " + a + " but the node has only " + k + " input" + (k == 1 ? "" : "s");
        if (taken) return "two edges give arg " + a;
        return null;
    }

    public static String outputNotANode(String id) {
        return "the output '" + id + "' is not a node";
    }

    /** No output named: the graph must have exactly one sink; {@code names} are (some of) them. */
    public static String sinks(long count, List<String> names) {
        return count == 0 ? "the graph has no sink: say which node is the output"
                : "the graph has " + count + " sinks (" + String.join(", ", names) + "): say which is the output";
    }

    /** A cycle of delay-0 edges through {@code ids}, in order. */
    public static String cycle(List<String> ids) {
        return "cycle without a delay: " + String.join(" -> ", ids) + " -> " + ids.get(0) + " (give one of its edges \"delay\": 1)";
    }

    public static String empty() {
        return "the graph is empty";
    }

    /** The problem's text at a node: {@code node 'x': …}. */
    public static String atNode(String id, String what) {
        return "node '" + id + "': " + what;
    }
}
