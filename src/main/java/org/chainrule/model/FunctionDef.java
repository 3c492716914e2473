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
 * @param name   the op name, following the id rule ({@link Key#isId})
 * @param params the argument names, in argument order
 * @param body   the body as written, an expression over the params ({@code log(1 + exp(a))})
 * @param graph  the body as a computation graph
 */
public record FunctionDef(String name, List<String> params, String body, Graph graph) {
    public FunctionDef {
        params = List.copyOf(params);
    }

    /** How many arguments a call takes. */
    public int arity() { return params.size(); }

    /** {@code softplus(a)}: the name with its params. */
    public String signature() { return name + "(" + String.join(", ", params) + ")"; }
}
