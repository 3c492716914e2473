package org.chainrule.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.StepState.GradientSum;
import org.chainrule.engine.StepState.QuantityGradient;
import org.chainrule.engine.StepState.Contribution;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Neuron;

/**
 * A cursor over the recorded steps of one evaluation: the stepper's position and everything the canvas
 * shows there. Position p means the first p steps have been played (0 = nothing, {@link #size()} = both
 * passes done). Every number is read from the recorded {@link Evaluation} once, when the cursor is made;
 * moving and {@link #state()} only look them up, so playing back never recomputes the graph.
 *
 * <p>The graph must not be edited while the cursor is in use (make a new cursor after an edit).
 */
public final class StepCursor extends PlayPosition {
    private final Graph graph;
    private final Evaluation evaluation;
    private final List<Step> steps;
    private final int timesteps;
    private final int forwardCount;
    /** Per node, the index of its forward / backward step at t (slot t − 1); -1 when absent. */
    private final Map<Node, int[]> forwardAt = new IdentityHashMap<>();
    private final Map<Node, int[]> backwardAt = new IdentityHashMap<>();
    /** Per edge, its value into and gradient back from its target at t (slot t − 1). */
    private final Map<Edge, double[]> edgeValue = new IdentityHashMap<>();
    private final Map<Edge, double[]> edgeGrad = new IdentityHashMap<>();
    private final Map<Node, List<Edge>> consumers = new IdentityHashMap<>();
    private final Map<Node, GradientSum[]> gradSums = new IdentityHashMap<>();
    private final List<KeyTerms> keyTerms = new ArrayList<>();
    /** On a tensor graph, the whole tensors behind the first elements above; null on a scalar graph. */
    private final TensorSteps tensorSteps;

    /** One key's per-step contributions with the index of the step that makes each known. */
    private record KeyTerms(String key, boolean trainable, List<Contribution> terms, int[] knownAt) {}

    /** A cursor over {@code evaluation}, which must have been computed from {@code graph}. */
    public StepCursor(Graph graph, Evaluation evaluation) {
        this.graph = graph;
        this.evaluation = evaluation;
        this.steps = List.copyOf(evaluation.trace().steps());
        this.timesteps = evaluation.timesteps();
        int forward = 0;
        for (Node n : graph.nodes()) {
            forwardAt.put(n, filled(timesteps));
            backwardAt.put(n, filled(timesteps));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            boolean isForward = s.phase() == Phase.FORWARD;
            if (isForward) forward++;
            int[] at = (isForward ? forwardAt : backwardAt).get(s.node());
            if (at != null && at[s.t() - 1] < 0) at[s.t() - 1] = i;
        }
        this.forwardCount = forward;
        CompiledGraph c = evaluation.compiled();
        for (Edge e : graph.edges()) {
            double[] v = new double[timesteps];
            for (int t = 1; t <= timesteps; t++) {
                v[t - 1] = evaluation.hasTensors() ? TensorEdges.value(evaluation, e, t).at(0) : evaluation.edgeValue(e, t);
            }
            edgeValue.put(e, v);
            edgeGrad.put(e, new double[timesteps]);
        }
        // every node's partials once per step, not once per argument
        for (int t = 1; t <= timesteps; t++) {
            if (evaluation.hasTensors()) {
                // a tensor op has no scalar partials: its first element of the vector-Jacobian product
                for (Edge e : graph.edges()) edgeGrad.get(e)[t - 1] = TensorEdges.grad(evaluation, e, t).at(0);
                continue;
            }
            double[] partials = evaluation.slotPartials(t);
            for (Edge e : graph.edges()) {
                int j = c.slotOf(e);
                edgeGrad.get(e)[t - 1] = evaluation.slotGrad(evaluation.targetOfSlot(j), j, t, partials);
            }
        }
        // consumers in the order the explanation writes them: by target in file order, then argument order
        for (Node n : graph.nodes()) consumers.put(n, new ArrayList<>());
        for (Node target : graph.nodes()) for (Edge e : graph.arguments(target)) consumers.get(graph.source(e)).add(e);
        for (Node n : graph.nodes()) gradSums.put(n, gradientSums(n));
        for (Quantity q : Quantity.all(graph)) keyTerms.add(keyTerms(q));
        this.tensorSteps = evaluation.hasTensors() ? new TensorSteps(graph, evaluation) : null;
    }

    /** Evaluates {@code graph} and makes a cursor over it; throws {@link GraphException} when invalid. */
    public static StepCursor of(Graph graph) {
        return new StepCursor(graph, Engine.evaluate(graph));
    }

    public Graph graph() { return graph; }

    public Evaluation evaluation() { return evaluation; }

    /** All steps, forward then backward, in the engine's recorded order. */
    public List<Step> steps() { return steps; }

    /** Number of steps of both passes. */
    @Override
    public int size() { return steps.size(); }

    /** Number of forward steps (the position at the end of the forward pass). */
    public int forwardCount() { return forwardCount; }


    /** To the end of the forward pass: every value known, no gradient yet. */
    public void toEndOfForward() { position = forwardCount; }


    /** The step just played, or null at the start. */
    public Step current() { return position == 0 ? null : steps.get(position - 1); }

    /** The time step shown: the current step's t, 1 at the start. */
    public int time() { return position == 0 ? 1 : current().t(); }

    /** "step 7 of 24 — backward" (with "· t = 2 of 3" on recurrent graphs). */
    public String counter() {
        String phase = position == 0 ? "start" : current().phase() == Phase.FORWARD ? "forward" : "backward";
        String s = "step " + position + " of " + steps.size() + " — " + phase;
        if (timesteps > 1) s += " · t = " + time() + " of " + timesteps;
        return s;
    }

    /** The current step's explanation exactly as the {@code steps} command prints it; empty at the start. */
    public String explanation() { return position == 0 ? "" : current().text(); }

    /** What is known at the current position. */
    public StepState state() { return stateAt(position); }

    /** What is known after the first p steps (p clamped to 0..size()). */
    public StepState stateAt(int p) {
        p = Math.max(0, Math.min(steps.size(), p));
        Step step = p == 0 ? null : steps.get(p - 1);
        int t = step == null ? 1 : step.t();
        Map<Node, Double> values = new LinkedHashMap<>();
        Map<Node, GradientSum> grads = new LinkedHashMap<>();
        for (Node n : graph.nodes()) {
            if (known(forwardAt.get(n)[t - 1], p)) values.put(n, evaluation.value(n, t));
            if (known(backwardAt.get(n)[t - 1], p)) grads.put(n, gradSums.get(n)[t - 1]);
        }
        Map<Edge, Double> edgeValues = new LinkedHashMap<>();
        Map<Edge, Double> edgeGrads = new LinkedHashMap<>();
        for (Edge e : graph.edges()) {
            int from = t - graph.delay(e);
            // a read from before t = 1 is the source's init: given, known from the start
            if (from < 1 || known(forwardAt.get(graph.source(e))[from - 1], p)) edgeValues.put(e, edgeValue.get(e)[t - 1]);
            if (known(backwardAt.get(graph.target(e))[t - 1], p)) edgeGrads.put(e, edgeGrad.get(e)[t - 1]);
        }
        Map<String, QuantityGradient> quantities = new LinkedHashMap<>();
        for (KeyTerms k : keyTerms) {
            List<Contribution> terms = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < k.terms().size(); i++) {
                if (known(k.knownAt()[i], p)) {
                    terms.add(k.terms().get(i));
                    sum += k.terms().get(i).value();
                }
            }
            boolean complete = terms.size() == k.terms().size() && (!terms.isEmpty() || p == steps.size());
            if (!terms.isEmpty() || complete) {
                quantities.put(k.key(), new QuantityGradient(k.key(), k.trainable(), List.copyOf(terms), sum, complete));
            }
        }
        List<Edge> moving = new ArrayList<>();
        if (step != null && graph.contains(step.node())) {
            moving.addAll(step.phase() == Phase.FORWARD ? graph.outgoing(step.node()) : graph.arguments(step.node()));
        }
        return new StepState(p, step, t, Collections.unmodifiableMap(values), Collections.unmodifiableMap(edgeValues),
                Collections.unmodifiableMap(edgeGrads), Collections.unmodifiableMap(grads),
                Collections.unmodifiableMap(quantities), List.copyOf(moving),
                tensorSteps == null ? StepState.Tensors.NONE : tensorSteps.known(t, values.keySet(), grads.keySet(),
                        edgeValues.keySet(), edgeGrads.keySet(), quantities.values()));
    }

    private static boolean known(int index, int p) {
        return index >= 0 && index < p;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    /**
     * Per t, the node's gradient as its consumers' contributions (plus the seed at the output); a
     * delayed edge read after the last time step contributes 0.
     */
    private GradientSum[] gradientSums(Node n) {
        GradientSum[] sums = new GradientSum[timesteps];
        boolean isOutput = n == evaluation.output();
        for (int t = 1; t <= timesteps; t++) {
            List<Contribution> terms = new ArrayList<>();
            if (isOutput && t == timesteps) terms.add(new Contribution(null, t, 1));
            for (Edge e : consumers.get(n)) {
                int consumer = t + graph.delay(e);
                // a recurrent edge whose next step lies past the end brings nothing back: a term 0, the
                // way the exported solution writes it ("0 + 1 = 1" on a self-looped node)
                terms.add(new Contribution(e, consumer, consumer <= timesteps ? edgeGrad.get(e)[consumer - 1] : 0));
            }
            sums[t - 1] = new GradientSum(n, t, evaluation.grad(n, t), List.copyOf(terms));
        }
        return sums;
    }

    /** A key's gradient per time step, latest step first (the order backpropagation reaches them). */
    private KeyTerms keyTerms(Quantity q) {
        List<Contribution> terms = new ArrayList<>();
        List<Integer> knownAt = new ArrayList<>();
        Node n = q.node();
        switch (q.kind()) {
            case VALUE:
                for (int t = timesteps; t >= 1; t--) {
                    terms.add(new Contribution(null, t, evaluation.grad(n, t)));
                    knownAt.add(backwardAt.get(n)[t - 1]);
                }
                break;
            case BIAS:
            case WEIGHT:
                for (int t = timesteps; t >= 1; t--) {
                    double slope = evaluation.activationSlope(n, t);
                    double local = q.kind() == Quantity.Kind.BIAS ? Neuron.biasPartial(slope)
                            : Neuron.weightPartial(slope, edgeValue.get(q.edge())[t - 1]);
                    double v = evaluation.grad(n, t) * local;
                    terms.add(new Contribution(q.edge(), t, v));
                    knownAt.add(backwardAt.get(n)[t - 1]);
                }
                break;
            default: // INIT: what delayed edges read before t = 1
                for (int t = timesteps; t >= 1; t--) {
                    for (Edge e : graph.outgoing(n)) {
                        int d = graph.delay(e);
                        if (d > 0 && t - d < 1) {
                            terms.add(new Contribution(e, t, edgeGrad.get(e)[t - 1]));
                            knownAt.add(backwardAt.get(graph.target(e))[t - 1]);
                        }
                    }
                }
        }
        int[] at = new int[knownAt.size()];
        for (int i = 0; i < at.length; i++) at[i] = knownAt.get(i);
        return new KeyTerms(q.key(), q.trainable(), List.copyOf(terms), at);
    }
}
