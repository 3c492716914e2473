package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.tensor.Tensor;

/**
 * The eigenvalues of a square matrix (EJML's dense eigen-decomposition), and what the largest says about
 * a recurrent weight: repeated through time, |λ| &gt; 1 lets the gradient explode and |λ| &lt; 1 makes it
 * vanish.
 */
public final class Eigenvalues {
    private Eigenvalues() {}

    /** The eigenvalues, largest magnitude first; a complex pair as two entries {re, im}. */
    public static List<double[]> of(Tensor m) {
        int n = m.shape()[0];
        if (m.rank() != 2 || m.shape()[1] != n) throw new IllegalArgumentException("not a square matrix");
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, m.copyData()))) throw new IllegalStateException("no eigen-decomposition");
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < eig.getNumberOfEigenvalues(); k++) {
            Complex_F64 c = eig.getEigenvalue(k);
            out.add(new double[] {c.real, c.imaginary});
        }
        out.sort((a, b) -> Double.compare(Math.hypot(b[0], b[1]), Math.hypot(a[0], a[1])));
        return out;
    }

    /**
     * Whether node i of a tensor graph is a given square matrix that multiplies a value read through a
     * delayed edge (the recurrent weight of h_t = f(h_{t−1}·W + …)): its eigenvalues decide whether
     * gradients through time explode or vanish.
     */
    static boolean isRecurrentWeight(Evaluation ev, int i) {
        CompiledGraph c = ev.compiled();
        int[] s = c.tensors.shape(i);
        if (!c.op[i].isSource() || s.length != 2 || s[0] != s[1]) return false;
        for (int j = 0; j < c.argSource.length; j++) {
            if (c.argSource[j] != i) continue;
            int target = ev.targetOfSlot(j);
            if (c.op[target] != org.chainrule.ops.Op.MATMUL) continue;
            for (int q = c.argStart[target]; q < c.argStart[target + 1]; q++) if (q != j && c.argDelay[q] > 0) return true;
        }
        return false;
    }

    /** The largest |λ|. */
    public static double spectralRadius(Tensor m) {
        double[] top = of(m).get(0);
        return Math.hypot(top[0], top[1]);
    }

    /** {@code eigenvalues of W: 1.4, 0.7; the largest |λ| = 1.4 > 1: …}, for a recurrent weight named {@code name}. */
    public static String sentence(String name, Tensor m) {
        List<double[]> ev = of(m);
        StringBuilder sb = new StringBuilder("eigenvalues of ").append(name).append(": ");
        for (int k = 0; k < ev.size(); k++) {
            double[] v = ev.get(k);
            sb.append(k > 0 ? ", " : "").append(Numbers.human(v[0]));
            if (v[1] != 0) sb.append(v[1] > 0 ? " + " : " − ").append(Numbers.human(Math.abs(v[1]))).append("i");
        }
        double r = spectralRadius(m);
        sb.append("; the largest |λ| = ").append(Numbers.human(r));
        if (r > 1) sb.append(" > 1: repeated through time it can make the gradient explode");
        else if (r < 1) sb.append(" < 1: repeated through time the gradient vanishes");
        else sb.append(" = 1: repeated through time the gradient keeps its size");
        return sb.toString();
    }
}
