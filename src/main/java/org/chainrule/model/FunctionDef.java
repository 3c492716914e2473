package org.chainrule.model;

import java.util.List;

/**
 * A function a graph file defines ({@code "functions": [{"name", "params", "body"}]}): an op that any
 * node may use by name ({@code "op": "softplus"}, arguments in {@code params} order) and any expression
 * may call. Its value and its derivatives come from its body alone: the body is kept as a computation
 * graph (one {@code input} node per param, named after it, and the body's result as the output) that
 * the engine compiles and runs; nobody writes a derivative by hand. The body graph is built once when
 * the file is read and is not changed afterwards.
 *
 * <p>A body may also be a list of statements {@code name = expression}, each using the params and the
 * names assigned before it; then the body graph has one node per assigned name (with that id), and the
 * function has the {@code outputs} it names. A function of two or more outputs is a cell (an LSTM cell
 * gives h and c): a node that calls it says which output it computes ({@link Node#functionOutput}), and
 * the nodes that call it with the same arguments are one use of the cell.
 *
 * @param name       the op name, following the id rule ({@link Key#isId})
 * @param params     the argument names, in argument order
 * @param body       the body as written, an expression over the params ({@code log(1 + exp(a))}); for a
 *                   list of statements, the statements joined by {@code "; "}
 * @param statements the statements of a body given as a list, in order; empty for a body of one expression
 * @param outputs    the assigned names the function gives (a list body), in order; empty for a body of one
 *                   expression, whose result is its only value
 * @param graph      the body as a computation graph
 */
public record FunctionDef(String name, List<String> params, String body, List<String> statements, List<String> outputs,
                          Graph graph) {
    public FunctionDef {
        params = List.copyOf(params);
        statements = List.copyOf(statements);
        outputs = List.copyOf(outputs);
    }

    /** A function whose body is one expression. */
    public FunctionDef(String name, List<String> params, String body, Graph graph) {
        this(name, params, body, List.of(), List.of(), graph);
    }

    /** How many arguments a call takes. */
    public int arity() { return params.size(); }

    /** Whether a call must say which of several outputs it computes. */
    public boolean hasOutputs() { return outputs.size() > 1; }

    /** {@code softplus(a)}: the name with its params. */
    public String signature() { return name + "(" + String.join(", ", params) + ")"; }

    /**
     * The id of the body node that gives {@code output} (null: the function's only value, the body's
     * output), or null when the function has no such output.
     */
    public String resultNode(String output) {
        if (output == null) return hasOutputs() ? null : graph.output() == null ? null : graph.output().id();
        return outputs.contains(output) ? output : null;
    }

    /**
     * Why a call that asks for {@code output} (null: none) cannot be made, or null when it can:
     * {@code lstm(x, h, c) has the outputs h2, c2: say which with "output"}.
     */
    public String outputProblem(String output) {
        if (resultNode(output) != null) return null;
        if (output == null) return signature() + " has the outputs " + String.join(", ", outputs) + ": say which with \"output\"";
        if (outputs.isEmpty()) return signature() + " has one result and no output '" + output + "'";
        return signature() + " has no output '" + output + "' (its outputs are " + String.join(", ", outputs) + ")";
    }
}
