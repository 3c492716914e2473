package org.chainrule.engine;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * A user-defined function ({@link FunctionDef}) compiled for the passes: its body as a small
 * {@link CompiledGraph} whose inputs are the params. A call's value is the body's forward pass with the
 * arguments as the inputs, and its local partials are the body's reverse pass (∂body/∂param), so the
 * derivatives of a function come from its body through the same passes as every other graph; no
 * derivative is written by hand. A function of several outputs is compiled once per output a node asks
 * for, each with that output's node as the body's output: its value and partials are those of that output.
 * Calls of other functions inside a body are compiled the same way; a function that reaches itself is refused.
 */
final class CompiledFunction {
    private final FunctionDef def;
    /** The output of a cell this body computes, or null for a function of one result. */
    private final String output;
    private final CompiledGraph body;
    /** The body's input node of each param, in param order. */
    private final int[] param;

    private CompiledFunction(FunctionDef def, String output, CompiledGraph body, int[] param) {
        this.def = def;
        this.output = output;
        this.body = body;
        this.param = param;
    }

    /**
     * One compiled function per {@link Op#FUNCTION} node of {@code nodes} (null elsewhere), each
     * function compiled once; null when no node calls a function.
     *
     * @param calling the functions whose bodies are being compiled around this graph
     */
    static CompiledFunction[] of(Graph g, Node[] nodes, Deque<String> calling) {
        CompiledFunction[] out = null;
        Map<String, CompiledFunction> done = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].op() != Op.FUNCTION) continue;
            if (out == null) out = new CompiledFunction[nodes.length];
            String name = nodes[i].function(), output = nodes[i].functionOutput();
            String key = output == null ? name : name + "." + output;
            CompiledFunction f = done.get(key);
            if (f == null) {
                f = compile(g, g.function(name), output, calling);
                done.put(key, f);
            }
            out[i] = f;
        }
        return out;
    }

    /** The body of {@code def} compiled with the node of {@code output} (null: its only value) as its output. */
    private static CompiledFunction compile(Graph outer, FunctionDef def, String output, Deque<String> calling) {
        if (calling.contains(def.name())) {
            List<String> loop = new ArrayList<>(calling);
            java.util.Collections.reverse(loop);
            loop.add(def.name());
            throw new GraphException(List.of(new Diagnostic("function '" + def.name() + "' calls itself: "
                    + String.join(" -> ", loop.subList(loop.indexOf(def.name()), loop.size())), List.of())));
        }
        Graph b = def.graph().copy();
        for (FunctionDef f : outer.functions()) b.define(f);
        for (String p : def.params()) b.node(p).setValue(0); // the arguments of each call replace these
        b.setOutputId(def.resultNode(output));
        calling.push(def.name());
        CompiledGraph body;
        try {
            body = CompiledGraph.compile(b, calling);
        } catch (GraphException e) {
            if (e.getMessage().startsWith("function '")) throw e;
            throw new GraphException(List.of(new Diagnostic("function " + def.signature() + ": " + e.getMessage(), List.of())));
        } finally {
            calling.pop();
        }
        int[] param = new int[def.arity()];
        for (int a = 0; a < param.length; a++) param[a] = body.indexOf(def.params().get(a));
        return new CompiledFunction(def, output, body, param);
    }

    /** How a step names the call: {@code softplus}, or for one output of a cell {@code lstm.c2}. */
    String name() { return output == null ? def.name() : def.name() + "." + output; }

    FunctionDef definition() { return def; }

    /** The body's value for the arguments {@code a[0..k)}. */
    synchronized double value(double[] a, int k) {
        double[] val = run(a, k);
        return val[body.output];
    }

    /** {@code d[j]} = ∂body/∂param j at the arguments {@code a[0..k)}: the body's reverse pass. */
    synchronized void partials(double[] a, int k, double[] d) {
        double[] val = run(a, k);
        Passes.Grads g = Passes.backward(body, val);
        for (int j = 0; j < k; j++) d[j] = g.node[param[j]];
    }

    /** The body's values with the arguments as its inputs (the body runs one time step). */
    private double[] run(double[] a, int k) {
        for (int j = 0; j < k; j++) body.value[param[j]] = a[j];
        return Passes.forward(body);
    }
}
