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

    /** The output's value only (no backward pass), for finite differences. */
    public static double outputValue(Graph g) {
        CompiledGraph c = CompiledGraph.compile(g);
        double[] val = Passes.forward(c);
        return val[c.at(c.output, c.timesteps)];
    }
}
