package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.KeyNames;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;

/**
 * Writes each step of a tensor graph's passes as the vectorised chain rule an exam writes:
 * {@code h = xW1 + b1 = [8, −2, 6] + [1, 0, −1] = [9, −2, 5]} forward and
 * {@code dJ/dW1 = xᵀ · dJ/dxW1 = [[24, 8, 16], [72, 24, 48]]} backward, where a broadcast argument's
 * gradient is summed over the axes it was repeated along ({@code dJ/db1 = Σ_rows dJ/dh}). The symbols
 * of the rules are {@link TensorRuleText}'s.
 */
final class TensorExplainer {
    /** Tensors with more elements are written as their shape and norm. */
    static final int MAX_WRITTEN = 16;

    private final Evaluation ev;
    private final CompiledGraph c;
    private final StepNames nm;
    private final String[] names;

    TensorExplainer(Evaluation ev) {
        this.ev = ev;
        this.c = ev.compiled();
        names = new String[c.n];
        for (int i = 0; i < c.n; i++) names[i] = KeyNames.node(c.nodes == null ? c.id(i) : c.nodes[i].displayName());
        nm = new StepNames(ev, names);
    }

    Trace trace() {
        List<Step> steps = new ArrayList<>(2 * c.n * c.timesteps);
        for (int t = 1; t <= c.timesteps; t++) for (int i : c.order) steps.add(forward(i, t));
        int forward = steps.size();
        for (int t = c.timesteps; t >= 1; t--) {
            for (int q = c.order.length - 1; q >= 0; q--) steps.add(backward(c.order[q], t));
        }
        return new Trace(steps, forward);
    }

    /** A tensor for people: its elements when there are few, else its shape and norm. */
    static String written(Tensor v) {
        if (v.size() <= MAX_WRITTEN) return v.format();
        return "(" + shapeWords(v.shape()) + ", ‖·‖ = " + Tensor.scalar(v.norm()).format() + ")";
    }

    /** {@code 4×3}, {@code vector of 5}. */
    static String shapeWords(int[] shape) {
        if (shape.length == 1) return "vector of " + shape[0];
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < shape.length; a++) sb.append(a > 0 ? "×" : "").append(shape[a]);
        return sb.toString();
    }

    private Step forward(int i, int t) {
        Tensor v = ev.tensor(i, t);
        String lhs = StepNames.unbracketed(nm.name(i, t));
        String result = TaggedText.mark(StepQuantity.value(c.id(i), t), written(v));
        String text;
        if (c.op[i].isSource()) {
            text = lhs + " = " + result;
        } else {
            int k = c.argCount(i);
            String[] sym = new String[k], num = new String[k];
            for (int a = 0; a < k; a++) {
                int j = c.argStart[i] + a;
                sym[a] = nm.argName(j, t);
                num[a] = written(TensorPasses.arg(c, ev.rawValues(), j, t));
            }
            String symbolic = TensorRuleText.forward(c, i, sym);
            String numbers = TensorRuleText.forward(c, i, num);
            boolean named = StepNames.unbracketed(symbolic).equals(lhs); // a label that is its own formula (x·W1)
            text = lhs + (named ? "" : " = " + symbolic) + (numbers.equals(symbolic) ? "" : " = " + numbers) + " = " + result;
        }
        List<TaggedText> lines = c.op[i] == Op.BATCHNORM ? batchnormLines(i, t)
                : t == 1 && Eigenvalues.isRecurrentWeight(ev, i) ? List.of(TaggedText.plain(Eigenvalues.sentence(names[i], v))) : List.of();
        return new Step(Phase.FORWARD, nm.node(i), c.id(i), t, v.at(0), TaggedText.parse(text), lines, v);
    }

    /** μ and σ of a batch norm's columns, the numbers the exam asks for. */
    private List<TaggedText> batchnormLines(int i, int t) {
        Tensor x = TensorPasses.arg(c, ev.rawValues(), c.argStart[i], t);
        double[] mu = org.chainrule.ops.tensor.BatchNorm.mean(x), var = org.chainrule.ops.tensor.BatchNorm.variance(x);
        double[] sd = new double[var.length];
        for (int k = 0; k < sd.length; k++) sd[k] = Math.sqrt(var[k]);
        String x0 = nm.argName(c.argStart[i], t);
        return List.of(TaggedText.plain("μ = mean over the rows of " + x0 + " = " + written(Tensor.vector(mu))),
                TaggedText.plain("σ = √(mean over the rows of (" + x0 + " − μ)²) = " + written(Tensor.vector(sd))));
    }

    private Step backward(int i, int t) {
        Tensor g = ev.gradTensor(i, t);
        String lhs = KeyNames.total(nm.name(c.output, c.timesteps), nm.name(i, t));
        String result = TaggedText.mark(StepQuantity.grad(c.id(i), t), written(g));
        String text;
        if (i == c.output && t == c.timesteps) {
            text = lhs + " = " + result;
        } else {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < c.argSource.length; j++) {
                if (c.argSource[j] != i) continue;
                int target = ev.targetOfSlot(j);
                int tt = t + c.argDelay[j];
                if (tt > c.timesteps) continue;
                boolean seed = target == c.output && tt == c.timesteps; // dJ/dJ = 1 adds nothing
                String gName = seed ? "1" : KeyNames.total(nm.name(c.output, c.timesteps), nm.name(target, tt));
                String[] args = new String[c.argCount(target)];
                for (int a = 0; a < args.length; a++) args[a] = nm.argName(c.argStart[target] + a, tt);
                terms.add(TensorRuleText.withoutOne(TensorRuleText.backward(c, target, j - c.argStart[target], gName, args, nm.name(target, tt))));
            }
            text = terms.isEmpty() ? lhs + " = " + result : lhs + " = " + String.join(" + ", terms) + " = " + result;
        }
        return new Step(Phase.BACKWARD, nm.node(i), c.id(i), t, g.at(0), TaggedText.parse(text), List.of(), g);
    }

}
