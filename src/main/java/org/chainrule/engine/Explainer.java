package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ops.Activation;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;

/**
 * Writes each step of both passes out as an exam solution would: {@code h1 = relu(1 + 2·1 + 2·3) = 9}
 * and {@code ∂J/∂x = ∂J/∂s · ∂s/∂x + ∂J/∂wx · ∂wx/∂x = 1 · 1 + 1 · 0.001 = 1.001}. Everything is read
 * from the finished evaluation; nothing is recomputed but local derivatives.
 */
final class Explainer {
    private final Evaluation ev;
    private final CompiledGraph c;
    private final String[] names;
    /** Consumers of each node: the argument slots that read it. */
    private final int[] consumerStart;
    private final int[] consumerSlot;
    private final int[] slotTarget;

    Explainer(Evaluation ev) {
        this.ev = ev;
        this.c = ev.compiled();
        names = new String[c.n];
        for (int i = 0; i < c.n; i++) names[i] = bracketed(c.nodes == null ? c.ids[i] : c.nodes[i].displayName());
        int m = c.argSource.length;
        slotTarget = new int[m];
        for (int i = 0; i < c.n; i++) for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) slotTarget[j] = i;
        consumerStart = new int[c.n + 1];
        for (int j = 0; j < m; j++) consumerStart[c.argSource[j] + 1]++;
        for (int i = 0; i < c.n; i++) consumerStart[i + 1] += consumerStart[i];
        consumerSlot = new int[m];
        int[] fill = consumerStart.clone();
        for (int j = 0; j < m; j++) consumerSlot[fill[c.argSource[j]]++] = j;
    }

    Trace trace() {
        List<Step> steps = new ArrayList<>(2 * c.n * c.timesteps);
        for (int t = 1; t <= c.timesteps; t++) {
            for (int i : c.order) steps.add(forward(i, t));
        }
        int forward = steps.size();
        for (int t = c.timesteps; t >= 1; t--) {
            for (int q = c.order.length - 1; q >= 0; q--) steps.add(backward(c.order[q], t));
        }
        return new Trace(steps, forward);
    }

    private Step forward(int i, int t) {
        double v = ev.valueAt(i, t);
        String text = distinct(() -> forwardText(i, t, v));
        return new Step(Phase.FORWARD, node(i), c.ids[i], t, v, text, List.of());
    }

    private String forwardText(int i, int t, double v) {
        String lhs = unbracketed(name(i, t));
        String text;
        Op op = c.op[i];
        if (op.isSource()) {
            text = lhs + " = " + num(v);
        } else {
            int k = c.argCount(i);
            String[] sym = new String[k], val = new String[k];
            for (int a = 0; a < k; a++) {
                int j = c.argStart[i] + a;
                sym[a] = argName(j, t);
                val[a] = num(Passes.argValue(c, valuesView(), j, t));
            }
            if (op == Op.NEURON) {
                text = lhs + " = " + neuron(i, val) + " = " + num(v);
            } else {
                String symbolic = op.format(sym, c.param[i]);
                String numeric = op.format(val, c.param[i]);
                text = lhs + " = " + symbolic + (symbolic.equals(numeric) ? "" : " = " + numeric) + " = " + num(v);
            }
        }
        return text;
    }

    private String neuron(int i, String[] val) {
        StringBuilder sum = new StringBuilder();
        if (c.bias[i] != 0 || val.length == 0) sum.append(num(c.bias[i]));
        for (int a = 0; a < val.length; a++) {
            if (sum.length() > 0) sum.append(" + ");
            sum.append(num(c.argWeight[c.argStart[i] + a])).append('·').append(val[a]);
        }
        Activation act = c.activation[i];
        return act == Activation.IDENTITY ? sum.toString() : act.id() + "(" + sum + ")";
    }

    private Step backward(int i, int t) {
        double g = ev.gradAt(i, t);
        String text = distinct(() -> backwardText(i, t, g));
        return new Step(Phase.BACKWARD, node(i), c.ids[i], t, g, text, c.op[i] == Op.NEURON ? neuronDetails(i, t, g) : List.of());
    }

    private String backwardText(int i, int t, double g) {
        String of = name(c.output, c.timesteps);
        String lhs = "∂" + of + "/∂" + name(i, t);
        List<String> symbolic = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        if (i == c.output && t == c.timesteps) {
            symbolic.add("1");
            numeric.add("1");
        }
        for (int q = consumerStart[i]; q < consumerStart[i + 1]; q++) {
            int j = consumerSlot[q];
            int target = slotTarget[j];
            int tt = t + c.argDelay[j];
            if (tt > c.timesteps) continue;
            String tn = name(target, tt);
            symbolic.add("∂" + of + "/∂" + tn + " · ∂" + tn + "/∂" + name(i, t));
            numeric.add(num(ev.gradAt(target, tt)) + " · " + num(ev.localDerivative(target, j, tt)));
        }
        String text;
        if (symbolic.isEmpty()) {
            text = lhs + " = 0 (" + name(i, t) + " does not reach " + of + ")";
        } else if (symbolic.size() == 1 && symbolic.get(0).equals("1")) {
            text = lhs + " = 1";
        } else {
            text = lhs + " = " + String.join(" + ", symbolic) + " = " + String.join(" + ", numeric) + " = " + num(g);
        }
        return text;
    }

    /** Gradients of a neuron's bias and incoming weights at step t. */
    private List<String> neuronDetails(int i, int t, double g) {
        List<String> out = new ArrayList<>();
        String of = name(c.output, c.timesteps);
        String self = name(i, t);
        double[] buf = new double[c.maxArgs()];
        int k = Passes.gather(c, valuesView(), i, t, buf);
        double slope = Passes.activationSlope(c, valuesView(), i, t, buf, k);
        Activation act = c.activation[i];
        String d = act == Activation.IDENTITY ? "" : " · " + act.id() + "′(z)";
        String at = c.timesteps > 1 ? " (step " + t + ")" : "";
        String bias = "∂" + of + "/∂" + c.ids[i] + ".bias" + at + " = ∂" + of + "/∂" + self + d;
        out.add(distinct(() -> act == Activation.IDENTITY ? bias + " = " + num(g)
                : bias + " = " + num(g) + " · " + num(slope) + " = " + num(g * slope)));
        for (int a = 0; a < k; a++) {
            int j = c.argStart[i] + a;
            String weight = weightName(j, i);
            double x = buf[a];
            out.add(distinct(() -> "∂" + of + "/∂" + weight + at + " = ∂" + of + "/∂" + self + d + " · " + argName(j, t)
                    + " = " + num(g) + (act == Activation.IDENTITY ? "" : " · " + num(slope)) + " · " + num(x)
                    + " = " + num(g * slope * x)));
        }
        return out;
    }

    private double[] valuesView;

    /** The forward values as one array (read from the evaluation once). */
    private double[] valuesView() {
        if (valuesView == null) {
            valuesView = new double[c.n * c.timesteps];
            for (int t = 1; t <= c.timesteps; t++) for (int i = 0; i < c.n; i++) valuesView[(t - 1) * c.n + i] = ev.valueAt(i, t);
        }
        return valuesView;
    }

    /** The weight's label from the file ({@code w[1]_13}), else {@code w(x1->h1)} after its key. */
    private String weightName(int j, int target) {
        if (c.argEdges != null && c.argEdges[j].label() != null) return c.argEdges[j].label();
        return "w(" + c.ids[c.argSource[j]] + "->" + c.ids[target] + ")";
    }

    private String argName(int j, int t) {
        int tt = t - c.argDelay[j];
        return name(c.argSource[j], tt);
    }

    /**
     * A node at a step as exams write it: the plain name in a one-step graph; with time, a label
     * ending in {@code _t} gets the step as subscript ({@code h_t} at step 2 is {@code h_2}, its init
     * {@code h_0}), any other name the step in angle brackets ({@code h⟨2⟩}), as {@code symbolic} does.
     */
    private String name(int i, int t) {
        if (c.timesteps == 1 && t >= 1) return names[i];
        String n = names[i];
        if (n.endsWith("_t") && n.length() > 2) return n.substring(0, n.length() - 1) + t;
        return n + "⟨" + t + "⟩";
    }

    private org.chainrule.model.Node node(int i) {
        return c.nodes == null ? null : c.nodes[i];
    }

    /** A label that is itself a formula ({@code w·x + x}) in brackets, so {@code ∂y/∂(w·x + x)} reads right. */
    static String bracketed(String label) {
        boolean formula = label.chars().anyMatch(ch -> " +−-·*×/÷^(),=".indexOf(ch) >= 0);
        boolean wrapped = label.startsWith("(") && label.endsWith(")");
        return formula && !wrapped ? "(" + label + ")" : label;
    }

    /** On the left of "=", a name needs no brackets. */
    private static String unbracketed(String name) {
        return name.startsWith("(") && name.endsWith(")") && name.indexOf('(', 1) < 0 ? name.substring(1, name.length() - 1) : name;
    }

    /** How the text being written writes its numbers (kept apart from each other within it). */
    private DistinctNumbers numbers;

    /** One explanation, its numbers written so that no two different ones read the same. */
    private String distinct(java.util.function.Supplier<String> text) {
        return DistinctNumbers.text(f -> {
            numbers = f;
            try {
                return text.get();
            } finally {
                numbers = null;
            }
        });
    }

    private String num(double v) {
        return numbers == null ? Numbers.human(v) : numbers.human(v);
    }
}
