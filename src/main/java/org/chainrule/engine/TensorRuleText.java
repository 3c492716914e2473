package org.chainrule.engine;

import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Shapes;

/**
 * How the tensor explanations write each op: its value ({@code x·W1}, {@code softmax(z)}) and, for each
 * argument, the vector-Jacobian product that carries the gradient back to it ({@code xᵀ · dJ/dh},
 * {@code dJ/dp ⊙ σ′(z)}), with ⊙ the product and ⊘ the quotient element by element. A broadcast
 * argument's gradient is summed over the axes it was repeated along ({@code Σ_rows}).
 */
final class TensorRuleText {
    private TensorRuleText() {}

    static String forward(CompiledGraph c, int i, String[] a) {
        Op op = c.op[i];
        switch (op) {
            case MATMUL: return a[0] + "·" + a[1];
            case TRANSPOSE: return paren(a[0]) + "ᵀ";
            case SUM: case MEAN: {
                Integer axis = c.nodes == null ? null : c.nodes[i].axis();
                return op.id() + "(" + StepNames.unbracketed(a[0]) + (axis == null ? "" : ", axis " + axis) + ")";
            }
            case CROSS_ENTROPY: return "CE(" + a[0] + ", " + a[1] + ")";
            case BATCHNORM: return "(" + a[0] + " − μ) ⊘ σ ⊙ " + a[1] + " + " + a[2];
            case MUL: return String.join(scalars(c, i) ? " · " : " ⊙ ", a);
            case DIV: return a[0] + (scalars(c, i) ? " / " : " ⊘ ") + a[1];
            case NEURON: {
                StringBuilder z = new StringBuilder(org.chainrule.ops.Numbers.human(c.bias[i]));
                for (int k = 0; k < a.length; k++) {
                    z.append(" + ").append(org.chainrule.ops.Numbers.human(c.argWeight[c.argStart[i] + k])).append("·").append(a[k]);
                }
                Activation act = c.activation[i];
                return act == Activation.IDENTITY ? z.toString() : act.id() + "(" + z + ")";
            }
            default: return op.format(a, c.param[i]);
        }
    }

    /**
     * The gradient node {@code target}'s argument {@code pos} gets: ∂out/∂target ({@code g}) carried back
     * through the op; {@code out} is the target's own name.
     */
    static String backward(CompiledGraph c, int target, int pos, String g, String[] a, String out) {
        Op op = c.op[target];
        String local = local(c, target, pos, g, a, out);
        if (!op.isTensorOp() || op == Op.BATCHNORM) {
            int src = c.argSource[c.argStart[target] + pos];
            String summed = summedAxes(c.tensors.shape(src), c.tensors.shape(target));
            if (!summed.isEmpty()) return summed + "(" + local + ")";
        }
        return local;
    }

    private static String local(CompiledGraph c, int target, int pos, String g, String[] a, String out) {
        Op op = c.op[target];
        switch (op) {
            case MATMUL: return pos == 0 ? g + " · " + paren(a[1]) + "ᵀ" : paren(a[0]) + "ᵀ · " + g;
            case TRANSPOSE: return paren(g) + "ᵀ";
            case CONCAT: { // the argument's own slice of the gradient, 1-based as the stepper counts
                int[][] shapes = new int[a.length][];
                for (int k = 0; k < a.length; k++) shapes[k] = argShape(c, target, k);
                int[] span = org.chainrule.ops.tensor.Concat.span(shapes, pos);
                String range = span[1] - span[0] == 1 ? Integer.toString(span[0] + 1) : (span[0] + 1) + ".." + span[1];
                return paren(g) + (c.tensors.shape(target).length == 2 ? "[:, " + range + "]" : "[" + range + "]");
            }
            case SUM: return g + " · ones" + Shapes.text(argShape(c, target, pos));
            case MEAN: {
                int[] s = argShape(c, target, pos);
                Integer axis = c.nodes == null ? null : c.nodes[target].axis();
                int n = axis == null ? org.chainrule.ops.tensor.Tensor.size(s) : s[axis < 0 ? axis + s.length : axis];
                return g + " · ones" + Shapes.text(s) + " / " + n;
            }
            case SOFTMAX: return out + " ⊙ (" + g + " − ⟨" + g + ", " + out + "⟩)";
            case CROSS_ENTROPY: {
                int[] s = argShape(c, target, pos);
                String rows = s.length == 2 ? " / " + s[0] : "";
                return (pos == 0 ? "−" + g + " · " + a[1] + " ⊘ " + a[0] : "−" + g + " · log " + a[0]) + rows;
            }
            case BATCHNORM:
                if (pos == 2) return g;
                if (pos == 1) return g + " ⊙ x̂";
                return "(b·ĝ − Σ_rows ĝ − x̂ ⊙ Σ_rows(ĝ ⊙ x̂)) ⊘ (b·σ), ĝ = " + g + " ⊙ " + a[1];
            case ADD: case IDENTITY: return g;
            case SUB: return pos == 0 ? g : "−" + g;
            case NEG: return "−" + g;
            case MUL: {
                StringBuilder s = new StringBuilder(g);
                for (int k = 0; k < a.length; k++) if (k != pos) s.append(" ⊙ ").append(a[k]);
                return s.toString();
            }
            case DIV: return pos == 0 ? g + " ⊘ " + a[1] : "−" + g + " ⊙ " + a[0] + " ⊘ " + a[1] + "²";
            case SQUARE: return g + " ⊙ 2" + paren(a[0]);
            case EXP: return g + " ⊙ " + out;
            case LOG: return g + " ⊘ " + a[0];
            case RELU: return g + " ⊙ [" + a[0] + " > 0]";
            case SIGMOID: return g + " ⊙ " + out + " ⊙ (1 − " + out + ")";
            case TANH: return g + " ⊙ (1 − " + out + "²)";
            case SQ_ERR: return (pos == 0 ? "" : "−") + g + " ⊙ 2(" + a[0] + " − " + a[1] + ")";
            case NEURON: return g + " ⊙ " + c.activation[target].id() + "′(z) · "
                    + org.chainrule.ops.Numbers.human(c.argWeight[c.argStart[target] + pos]);
            default: return g + " ⊙ ∂" + out + "/∂" + a[pos];
        }
    }

    /** Whether every argument of node i is a scalar (then products are written with ·, not ⊙). */
    private static boolean scalars(CompiledGraph c, int i) {
        for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) if (c.tensors.shape(c.argSource[j]).length > 0) return false;
        return true;
    }

    private static int[] argShape(CompiledGraph c, int target, int pos) {
        return c.tensors.shape(c.argSource[c.argStart[target] + pos]);
    }

    /** A rule applied to the seed 1 = dJ/dJ, written without the factor 1. */
    static String withoutOne(String rule) {
        for (String one : new String[] {"1 ⊙ ", "1 · "}) {
            if (rule.startsWith(one)) return rule.substring(one.length());
            if (rule.startsWith("−" + one)) return "−" + rule.substring(one.length() + 1);
        }
        return rule.replace("(1 ⊙ ", "(").replace("(1 · ", "(");
    }

    /** {@code Σ_rows}, {@code Σ_cols}, {@code Σ} or {@code Σ_axes 0, 1}: where {@code in} was broadcast to {@code out}. */
    static String summedAxes(int[] in, int[] out) {
        String axes = Shapes.broadcastAxes(in, out);
        if (axes.isEmpty()) return "";
        if (in.length == 0) return "Σ";
        if (out.length == 2 && axes.equals("0")) return "Σ_rows";
        if (out.length == 2 && axes.equals("1")) return "Σ_cols";
        return "Σ_axes " + axes + " ";
    }

    private static String paren(String s) {
        return s.matches("[\\p{L}0-9_.\\[\\]]+") ? s : "(" + s + ")";
    }
}
