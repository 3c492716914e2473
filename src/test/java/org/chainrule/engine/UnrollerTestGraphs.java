package org.chainrule.engine;

import org.chainrule.model.Graph;

/** The recurrent test graphs of {@link UnrollerTest}, for tests in other packages. */
public final class UnrollerTestGraphs {
    private UnrollerTestGraphs() {}

    /** TUM I2DL P10b as an op graph (T = 2, h_0 = 3). */
    public static Graph p10bOps() { return UnrollerTest.p10bOps(); }

    /** TUM I2DL P10b as a neuron with a recurrent self-loop. */
    public static Graph p10bNeuron() { return UnrollerTest.p10bNeuron(); }
}
