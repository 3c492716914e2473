package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.KeyNames;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import static org.chainrule.engine.ChainText.chain;
import static org.chainrule.engine.ChainText.chainRight;
import static org.chainrule.engine.ChainText.distinct;
import static org.chainrule.engine.ChainText.num;
import static org.chainrule.engine.ChainText.numbers;

/**
 * Writes each step of both passes out as an exam solution would: {@code h1 = relu(1 + 2·1 + 2·3) = 9}
 * and {@code dJ/dx = dJ/ds · ∂s/∂x + dJ/dwx · ∂wx/∂x = 1 · 1 + 1 · 0.001 = 1.001}: the total derivative
 * of the output with {@code d}, the node's own local partials with {@code ∂} ({@link KeyNames}), and the
 * trivial factor dJ/dJ = 1 left out ({@code dJ/dŷ = ∂J/∂ŷ = 8}). On recurrent graphs every contribution
 * to a number shared by the time steps is tagged with its step and then totalled ({@link Totals}).
 * Everything is read from the finished evaluation; nothing is recomputed but local derivatives.
 */
final class Explainer {
    private final Evaluation ev;
    private final CompiledGraph c;
    /** How nodes, steps and weights are written. */
    private final StepNames nm;
    private final String[] names;
    /** Consumers of each node: the argument slots that read it. */
    private final int[] consumerStart;
    private final int[] consumerSlot;
    private final int[] slotTarget;
    /** How many contributions each node's init gets (one per step t − delay < 1 of each delayed edge it feeds). */
    private final int[] initReads;
    /** For an unrolled graph, the folded quantity of each node and argument slot (else null). */
    private final UnrolledOrigins.Origin[] nodeOrigin, slotOrigin;

    Explainer(Evaluation ev) {
        this.ev = ev;
        this.c = ev.compiled();
        names = new String[c.n];
        for (int i = 0; i < c.n; i++) names[i] = KeyNames.node(c.nodes == null ? c.id(i) : c.nodes[i].displayName());
        nm = new StepNames(ev, names);
        int m = c.argSource.length;
        slotTarget = new int[m];
        for (int i = 0; i < c.n; i++) for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) slotTarget[j] = i;
        consumerStart = new int[c.n + 1];
        for (int j = 0; j < m; j++) consumerStart[c.argSource[j] + 1]++;
        for (int i = 0; i < c.n; i++) consumerStart[i + 1] += consumerStart[i];
        consumerSlot = new int[m];
        int[] fill = consumerStart.clone();
        for (int j = 0; j < m; j++) consumerSlot[fill[c.argSource[j]]++] = j;
        initReads = new int[c.n];
        for (int j = 0; j < m; j++) if (c.argDelay[j] > 0) initReads[c.argSource[j]] += Math.min(c.argDelay[j], c.timesteps);
        UnrolledOrigins o = c.nodes == null || c.argEdges == null ? null : UnrolledOrigins.of(ev.graph());
        nodeOrigin = o == null ? null : new UnrolledOrigins.Origin[c.n];
        slotOrigin = o == null ? null : new UnrolledOrigins.Origin[m];
        if (o != null) {
            for (int i = 0; i < c.n; i++) nodeOrigin[i] = o.nodes.get(c.nodes[i]);
            for (int j = 0; j < m; j++) slotOrigin[j] = o.edges.get(c.argEdges[j]);
        }
    }

    private UnrolledOrigins.Origin origin(int i) { return nodeOrigin == null ? null : nodeOrigin[i]; }

    Trace trace() {
        List<Step> steps = new ArrayList<>(2 * c.n * c.timesteps);
        for (int t = 1; t <= c.timesteps; t++) {
            for (int i : c.order) steps.add(forward(i, t));
        }
        int forward = steps.size();
        Totals totals = new Totals(nm.name(ev.target(), c.timesteps));
        List<Pending> backward = new ArrayList<>(c.n * c.timesteps);
        for (int t = c.timesteps; t >= 1; t--) {
            for (int q = c.order.length - 1; q >= 0; q--) {
                int i = c.order[q];
                List<String> details = new ArrayList<>();
                String text = backward(i, t, details, totals);
                backward.add(new Pending(i, t, text, details));
            }
        }
        List<String> written = totals.writeTotals();
        for (Pending b : backward) {
            steps.add(new Step(Phase.BACKWARD, nm.node(b.i()), c.id(b.i()), b.t(), ev.gradAt(b.i(), b.t()),
                    TaggedText.parse(b.text()), b.details().stream().map(TaggedText::parse).toList()));
        }
        return new Trace(steps, forward, written.stream().map(TaggedText::parse).toList());
    }

    /** A backward step whose lines may still get a total (once every time step has contributed). */
    private record Pending(int i, int t, String text, List<String> details) {}

    private Step forward(int i, int t) {
        double v = ev.valueAt(i, t);
        return new Step(Phase.FORWARD, nm.node(i), c.id(i), t, v, TaggedText.parse(distinct(() -> forwardText(i, t, v))), List.of());
    }

    private String forwardText(int i, int t, double v) {
        String lhs = StepNames.unbracketed(nm.name(i, t));
        String text;
        Op op = c.op[i];
        if (op.isSource()) {
            text = lhs + " = " + num(v, StepQuantity.value(c.id(i), t));
        } else {
            int k = c.argCount(i);
            String[] sym = new String[k], val = new String[k];
            StepQuantity[] of = new StepQuantity[k];
            for (int a = 0; a < k; a++) {
                int j = c.argStart[i] + a;
                sym[a] = nm.argName(j, t);
                val[a] = num(Passes.argValue(c, valuesView(), j, t));
                of[a] = StepQuantity.value(c.id(c.argSource[j]), t - c.argDelay[j]);
            }
            String result = num(v, StepQuantity.value(c.id(i), t));
            if (op == Op.NEURON) {
                String[] marked = new String[k];
                for (int a = 0; a < k; a++) marked[a] = TaggedText.mark(of[a], val[a]);
                text = lhs + " = " + neuron(i, marked) + " = " + result;
            } else {
                String symbolic = c.format(i, sym);
                String numeric = c.format(i, val);
                text = lhs + " = " + symbolic + (symbolic.equals(numeric) ? "" : " = " + markInOrder(numeric, val, of)) + " = " + result;
            }
        }
        return text;
    }

    /**
     * {@code formatted} (an op's text of the numbers {@code val}, in order) with each of them marked as its
     * quantity: the op writes plain numbers (its brackets depend on how they read), the marks go in after.
     */
    private static String markInOrder(String formatted, String[] val, StepQuantity[] of) {
        StringBuilder s = new StringBuilder();
        int from = 0;
        for (int a = 0; a < val.length; a++) {
            int at = formatted.indexOf(val[a], from);
            if (at < 0) continue;
            s.append(formatted, from, at).append(TaggedText.mark(of[a], val[a]));
            from = at + val[a].length();
        }
        return s.append(formatted.substring(from)).toString();
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

    /** Whether node i at step t is the output where its gradient is seeded with 1. */
    private boolean seed(int i, int t) {
        return i == ev.target() && t == c.timesteps;
    }

    /** The step's text; the neuron's bias and weights, inits and totals go into {@code details}. */
    private String backward(int i, int t, List<String> details, Totals totals) {
        double g = ev.gradAt(i, t);
        String out = nm.name(ev.target(), c.timesteps);
        String self = nm.name(i, t);
        String lhs = KeyNames.total(out, self);
        String text;
        if (seed(i, t)) {
            text = lhs + " = 1";
        } else {
            List<String> symbolic = new ArrayList<>();
            List<double[]> numeric = new ArrayList<>();
            List<StepQuantity[]> of = new ArrayList<>();
            for (int q = consumerStart[i]; q < consumerStart[i + 1]; q++) {
                int j = consumerSlot[q];
                int target = slotTarget[j];
                int tt = t + c.argDelay[j];
                if (tt > c.timesteps) continue;
                String tn = nm.name(target, tt);
                double local = localDerivative(j, tt);
                // dJ/dJ = 1 adds nothing: the output's own partial stands alone
                if (seed(target, tt)) {
                    symbolic.add(KeyNames.partial(tn, self));
                    numeric.add(new double[] {local});
                    of.add(new StepQuantity[] {local(j, tt)});
                } else {
                    symbolic.add(KeyNames.total(out, tn) + " · " + KeyNames.partial(tn, self));
                    numeric.add(new double[] {ev.gradAt(target, tt), local});
                    of.add(new StepQuantity[] {StepQuantity.grad(c.id(target), tt), local(j, tt)});
                }
            }
            StepQuantity mine = StepQuantity.grad(c.id(i), t);
            text = symbolic.isEmpty() ? lhs + " = " + TaggedText.mark(mine, "0") + " (" + self + " does not reach " + out + ")"
                    : distinct(() -> chain(lhs, String.join(" + ", symbolic), numbers(numeric, of), g, mine));
        }
        if (c.op[i] == Op.NEURON) neuronDetails(i, t, g, details, totals);
        initDetails(i, t, g, details, totals);
        if (c.timesteps > 1 && c.op[i].isSource() && c.series[i] == null) {
            totals.add("value " + i, names[i], StepQuantity.grad(c.id(i), 0), g, ev.gradSum(i), details);
        }
        if (c.op[i].isSource() && origin(i) != null) unrolledSource(i, origin(i), text, details, totals);
        return text;
    }

    /** Gradients of a neuron's bias and incoming weights at step t (tagged with t on recurrent graphs). */
    private void neuronDetails(int i, int t, double g, List<String> out, Totals totals) {
        String of = nm.name(ev.target(), c.timesteps);
        String self = nm.name(i, t);
        UnrolledOrigins.Origin on = origin(i);
        boolean timed = c.timesteps > 1 || on != null;
        double[] buf = new double[c.maxArgs()];
        int k = Passes.gather(c, valuesView(), i, t, buf);
        double slope = Passes.activationSlope(c, valuesView(), i, t, buf, k);
        Activation act = c.activation[i];
        List<String> sym = new ArrayList<>();
        List<Double> nums = new ArrayList<>();
        List<StepQuantity> tags = new ArrayList<>();
        if (!seed(i, t)) {
            sym.add(KeyNames.total(of, self));
            nums.add(g);
            tags.add(StepQuantity.grad(c.id(i), t));
        }
        if (act != Activation.IDENTITY) {
            sym.add(act.id() + "′(z)");
            nums.add(slope);
            tags.add(StepQuantity.local(c.id(i), t));
        }
        String bias = KeyNames.bias(self);
        double gb = g * slope;
        String biasKey = c.id(i) + ".bias";
        out.add(distinct(() -> chain(KeyNames.total(of, bias), sym.isEmpty() ? "1" : String.join(" · ", sym),
                numbers(List.of(unbox(nums)), java.util.Collections.singletonList(tags.toArray(StepQuantity[]::new))), gb, StepQuantity.key(biasKey, t))));
        if (timed) {
            totals.add("bias " + (on == null ? i : on.key()), KeyNames.bias(on == null ? names[i] : on.name()),
                    StepQuantity.key(on == null ? biasKey : on.key() + ".bias", 0), g * slope,
                    on == null ? ev.biasGrad(i) : Double.NaN, out);
        }
        for (int a = 0; a < k; a++) {
            int j = c.argStart[i] + a;
            UnrolledOrigins.Origin eo = slotOrigin == null ? null : slotOrigin[j];
            String weight = eo == null ? nm.weightName(j, i) : eo.name();
            String w = timed ? KeyNames.at(weight, eo == null ? t : eo.t()) : weight;
            List<String> ws = new ArrayList<>(sym);
            ws.add(nm.argName(j, t));
            List<Double> wn = new ArrayList<>(nums);
            wn.add(buf[a]);
            List<StepQuantity> wt = new ArrayList<>(tags);
            wt.add(StepQuantity.value(c.id(c.argSource[j]), t - c.argDelay[j]));
            double part = g * slope * buf[a];
            String key = nm.edgeKey(j);
            out.add(distinct(() -> chain(KeyNames.total(of, w), String.join(" · ", ws),
                    numbers(List.of(unbox(wn)), java.util.Collections.singletonList(wt.toArray(StepQuantity[]::new))), part, StepQuantity.key(key, t))));
            if (timed) {
                totals.add("weight " + (eo == null ? j : eo.key()), weight, StepQuantity.key(eo == null ? key : eo.key(), 0), part,
                        eo == null ? ev.weightGrad(j) : Double.NaN, out);
            }
        }
    }

    /**
     * A source of an unrolled graph as the folded graph totals it: an init node's gradient is the whole
     * answer for the init; a shared param's is the sum of one contribution per step (written in the totals
     * at the end, latest step first as the folded graph's are); a copy of a one-number input adds its step's.
     */
    private void unrolledSource(int i, UnrolledOrigins.Origin o, String text, List<String> details, Totals totals) {
        double g = ev.gradAt(i, 1);
        String id = "value " + o.key();
        if (o.t() == 0) {
            totals.add(id, o.name(), StepQuantity.key(o.key(), 0), g, g, null);
            totals.whole(id, text);
        } else if (o.t() == UnrolledOrigins.SHARED) {
            List<double[]> parts = new ArrayList<>();
            for (int q = consumerStart[i]; q < consumerStart[i + 1]; q++) {
                int j = consumerSlot[q];
                UnrolledOrigins.Origin at = origin(slotTarget[j]);
                parts.add(new double[] {at == null ? 0 : at.t(), ev.gradAt(slotTarget[j], 1) * localDerivative(j, 1)});
            }
            parts.sort((a, b) -> Double.compare(b[0], a[0]));
            for (double[] p : parts) totals.add(id, o.name(), StepQuantity.key(o.key(), 0), p[1], g, null);
        } else if (o.totalled()) {
            totals.add(id, o.name(), StepQuantity.key(o.key(), 0), g, Double.NaN, details);
        }
    }

    /** What node i at step t sends back to the init of a node it reads through a delayed edge. */
    private void initDetails(int i, int t, double g, List<String> out, Totals totals) {
        String of = nm.name(ev.target(), c.timesteps);
        String self = nm.name(i, t);
        for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) {
            if (c.argDelay[j] == 0 || t - c.argDelay[j] >= 1) continue;
            int s = c.argSource[j];
            String init = KeyNames.at(names[s], 0);
            double local = localDerivative(j, t);
            String sym = seed(i, t) ? KeyNames.partial(self, init) : KeyNames.total(of, self) + " · " + KeyNames.partial(self, init);
            double[] nums = seed(i, t) ? new double[] {local} : new double[] {g, local};
            StepQuantity[] tags = seed(i, t) ? new StepQuantity[] {local(j, t)} : new StepQuantity[] {StepQuantity.grad(c.id(i), t), local(j, t)};
            String lhs = initReads[s] > 1 ? "into " + KeyNames.total(of, init) + ":" : KeyNames.total(of, init) + " =";
            StepQuantity key = StepQuantity.key(c.id(s) + ".init", 0);
            String line = distinct(() -> lhs + " " + chainRight(sym, numbers(List.of(nums), List.<StepQuantity[]>of(tags)), g * local, key));
            out.add(line);
            totals.add("init " + s, init, key, g * local, ev.initGrad(s), out);
            if (initReads[s] == 1) totals.whole("init " + s, line);
        }
    }

    /**
     * The quantity of the local partial of argument slot j's target at step t: none (a given number) when
     * the target is linear in its arguments, so that the partial is a constant or a weight; the other
     * factor's value for a product of two; else one read from the values around the target.
     */
    private StepQuantity local(int j, int t) {
        int i = slotTarget[j];
        Op op = c.op[i];
        boolean linear = op == Op.ADD || op == Op.SUB || op == Op.NEG || op == Op.IDENTITY
                || op == Op.NEURON && c.activation[i] == Activation.IDENTITY;
        if (linear) return null;
        if (op == Op.MUL && c.argCount(i) == 2) {
            int other = j == c.argStart[i] ? j + 1 : c.argStart[i];
            return StepQuantity.value(c.id(c.argSource[other]), t - c.argDelay[other]);
        }
        return StepQuantity.local(c.id(i), t);
    }

    private static double[] unbox(List<Double> xs) {
        double[] a = new double[xs.size()];
        for (int i = 0; i < a.length; i++) a[i] = xs.get(i);
        return a;
    }


    private double[] valuesView;
    /** Per step t (slot t − 1), every argument slot's local derivative, computed on first use. */
    private double[][] partials;

    /** ∂target/∂(argument slot j) at step t, as the reverse pass uses it. */
    private double localDerivative(int j, int t) {
        if (partials == null) partials = new double[c.timesteps][];
        if (partials[t - 1] == null) partials[t - 1] = ev.slotPartials(t);
        return partials[t - 1][j];
    }

    /** The forward values as one array (read from the evaluation once). */
    private double[] valuesView() {
        if (valuesView == null) {
            valuesView = new double[c.n * c.timesteps];
            for (int t = 1; t <= c.timesteps; t++) for (int i = 0; i < c.n; i++) valuesView[(t - 1) * c.n + i] = ev.valueAt(i, t);
        }
        return valuesView;
    }


}
