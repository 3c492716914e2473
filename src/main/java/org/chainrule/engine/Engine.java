package org.chainrule.engine;

import org.chainrule.model.Graph;

/** Entry point of the engine: validate, compile, run the forward and the reverse-mode pass. */
public final class Engine {
    private Engine() {}

    /**
     * Evaluates a graph: forward pass over every time step, then reverse mode from the output at t = T.
     *
     * @throws GraphException with every problem when the graph is invalid
     */
    public static Evaluation evaluate(Graph g) {
        CompiledGraph c = CompiledGraph.compile(g);
        double[] val = Passes.forward(c);
        return new Evaluation(g, c, val, Passes.backward(c, val));
    }

    /**
     * Evaluates a graph with the reverse pass seeded at node {@code of} (at t = T) instead of the output:
     * every gradient is then ∂of/∂·.
     *
     * @throws IllegalArgumentException when the graph has no node {@code of}
     * @throws GraphException with every problem when the graph is invalid
     */
    public static Evaluation evaluate(Graph g, String of) {
        CompiledGraph c = CompiledGraph.compile(g);
        int seed = c.indexOf(of);
        if (seed < 0) throw new IllegalArgumentException("no node '" + of + "' in the graph");
        double[] val = Passes.forward(c);
        return new Evaluation(g, c, val, Passes.backward(c, val, seed), seed);
    }

    /** The output's value only (no backward pass), for finite differences. */
    public static double outputValue(Graph g) {
        CompiledGraph c = CompiledGraph.compile(g);
        double[] val = Passes.forward(c);
        return val[c.at(c.output, c.timesteps)];
    }
}
