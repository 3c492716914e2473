package org.chainrule.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The neuron's partials with respect to its inputs, its weights and its bias, each against central
 * differences of its value, for every activation at z on both sides of 0 (away from the kinks of relu, leaky_relu and step).
 */
class NeuronTest {
    private static final double H = 1e-6;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void partialsMatchCentralDifferences(Activation act) {
        double alpha = 0.2;
        double[] x = {0.7, -1.3, 2.1};
        double[] w = {9, 0.5, -0.25, 1.5}; // the weights start at index 1, as a graph-wide array would hold them
        for (double bias : new double[] {-5.2, -0.9, 1.6}) {
            double z = Neuron.preActivation(bias, w, 1, x, 3);
            double out = Neuron.value(act, alpha, z);
            double slope = Neuron.slope(act, alpha, z, out);
            double[] dx = new double[3];
            Neuron.inputPartials(slope, w, 1, 3, dx);
            assertEquals(central(b -> Neuron.value(act, alpha, Neuron.preActivation(b, w, 1, x, 3)), bias),
                    Neuron.biasPartial(slope), 1e-6, act + " ∂/∂bias");
            for (int j = 0; j < 3; j++) {
                final int jj = j;
                double byInput = central(v -> {
                    double[] y = x.clone();
                    y[jj] = v;
                    return Neuron.value(act, alpha, Neuron.preActivation(bias, w, 1, y, 3));
                }, x[j]);
                double byWeight = central(v -> {
                    double[] u = w.clone();
                    u[jj + 1] = v;
                    return Neuron.value(act, alpha, Neuron.preActivation(bias, u, 1, x, 3));
                }, w[j + 1]);
                assertEquals(byInput, dx[j], 1e-6, act + " ∂/∂x" + j);
                assertEquals(byWeight, Neuron.weightPartial(slope, x[j]), 1e-6, act + " ∂/∂w" + j);
            }
        }
    }

    private static double central(DoubleUnaryOperator f, double a) {
        return (f.applyAsDouble(a + H) - f.applyAsDouble(a - H)) / (2 * H);
    }
}
