package org.chainrule.ui.inspector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.chainrule.edit.Property;
import org.chainrule.draw.TensorNotes;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.TensorEdges;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;
import org.chainrule.ui.EditorViewModel;

/**
 * The inspector's rows for what is selected: a node's id, label, op, value(s), bias, activation, …; an
 * edge's weight, delay and argument position; the graph's name, description and output when nothing is
 * selected. Every change goes through the view model (one undo step each).
 */
public final class InspectorFields {
    private final EditorViewModel vm;

    public InspectorFields(EditorViewModel vm) { this.vm = vm; }

    /** What the inspector is showing; a different subject means a different set of rows. */
    public Object subject() {
        Object single = vm.selection().single();
        return single != null ? single : vm.graph();
    }

    /** The rows for {@link #subject()}. */
    public List<Field> fields() {
        Object s = subject();
        if (s instanceof Node n) return node(n);
        if (s instanceof Edge e) return edge(e);
        return graph(vm.graph());
    }

    private List<Field> node(Node n) {
        List<Field> f = new ArrayList<>();
        Op op = n.op();
        f.add(text("id", "Node", "Unique name: letters, digits, _", n::id, s -> vm.rename(n, s.trim())));
        f.add(text("label", "Node", "Display text (may differ from the id, e.g. w[1]_13)", () -> orEmpty(n.label()),
                s -> { vm.set(Property.label(n), s.isBlank() ? null : s); return null; }));
        f.add(new Field("op", "Node", Field.Kind.CHOICE, Arrays.stream(Op.values()).filter(o -> o != Op.FUNCTION).map(Op::id).toList(),
                "What the node computes (a function node: the function it calls)", n::opName, v -> { vm.set(Property.op(n), Op.byId((String) v)); return null; }));
        if (op.isSource() && TensorFields.fitsGrid(n)) {
            f.add(TensorFields.grid(vm, n));
        } else if (op.isSource() && n.isTensorSource()) {
            f.add(new Field("value", "Node", Field.Kind.READ_ONLY, List.of(), "A tensor per time step (edit it in the file)",
                    () -> n.tensors().toString(), null));
        } else if (op.isSource()) {
            f.add(text("value", "Node", "A number, or one number per time step separated by commas", () -> valueText(n),
                    s -> parseValue(s, v -> vm.set(Property.value(n), v))));
        }
        if (op.isSource()) f.add(TensorFields.shape(vm, n));
        if (op == Op.NEURON) {
            f.add(number("bias", "Neuron", () -> n.bias(), v -> vm.set(Property.bias(n), v)));
            f.add(new Field("activation", "Neuron", Field.Kind.CHOICE, Arrays.stream(Activation.values()).map(Activation::id).toList(),
                    "Applied to bias + Σ weight·input", () -> n.activation().id(),
                    v -> { vm.set(Property.activation(n), Activation.byId((String) v)); return null; }));
        }
        if (op == Op.LEAKY_RELU || op == Op.NEURON && n.activation() == Activation.LEAKY_RELU) {
            f.add(optionalNumber("alpha", "Neuron", n::alphaOrNull, v -> vm.set(Property.alpha(n), v)));
        }
        if (op == Op.POW) f.add(optionalNumber("p", "Node", n::pOrNull, v -> vm.set(Property.p(n), v)));
        f.add(number("init", "Time", n::init, v -> vm.set(Property.init(n), v)));
        if (op == Op.INPUT || !op.isSource()) {
            f.add(new Field("trainable", "Time", Field.Kind.BOOLEAN, List.of(), "Train this input's value / this node's init",
                    n::trainable, v -> { vm.set(Property.trainable(n), (Boolean) v); return null; }));
        }
        Evaluation ev = vm.evaluation();
        if (ev != null) {
            f.add(new Field("computed value", "Result", Field.Kind.READ_ONLY, List.of(), "The node's value at the last time step",
                    () -> ev.hasTensors() ? vm.hiddenNumbers().value(n, TensorNotes.text(TensorEdges.value(ev, n, ev.timesteps())))
                            : vm.hiddenNumbers().value(n, ev.value(n)), null));
        }
        return f;
    }

    private List<Field> edge(Edge e) {
        Graph g = vm.graph();
        List<Field> f = new ArrayList<>();
        f.add(new Field("edge", "Edge", Field.Kind.READ_ONLY, List.of(), "The edge's key", () -> g.key(e), null));
        if (g.target(e).op() == Op.NEURON) {
            f.add(optionalNumber("weight", "Edge", e::weightOrNull, v -> vm.set(Property.weight(e), v)));
        }
        f.add(text("delay", "Edge", "Time steps the edge waits (0: none; empty: default, 1 on a self-loop)",
                () -> e.delayOrNull() == null ? "" : e.delayOrNull().toString(),
                s -> parseInt(s, 0, v -> vm.set(Property.delay(e), v))));
        f.add(text("arg", "Edge", "Argument position (0-based); empty: the order of the edges",
                () -> e.arg() == null ? "" : e.arg().toString(),
                s -> parseInt(s, 0, v -> vm.set(Property.arg(e), v))));
        return f;
    }

    private List<Field> graph(Graph g) {
        List<Field> f = new ArrayList<>();
        f.add(text("name", "Graph", "Shown in the title", () -> orEmpty(g.name()),
                s -> { vm.set(Property.graphName(), s.isBlank() ? null : s); return null; }));
        f.add(text("description", "Graph", "The question", () -> orEmpty(g.description()),
                s -> { vm.set(Property.description(), s.isBlank() ? null : s); return null; }));
        f.add(text("output", "Graph", "Id of the output node; empty: the only sink", () -> orEmpty(g.outputId()), s -> {
            String id = s.trim();
            if (!id.isEmpty() && g.node(id) == null) return "no node '" + id + "'";
            vm.set(Property.output(), id.isEmpty() ? null : id);
            return null;
        }));
        f.add(text("timesteps", "Graph", "Number of time steps; empty: the length of the value lists",
                () -> g.timestepsOrNull() == null ? "" : g.timestepsOrNull().toString(),
                s -> parseInt(s, 1, v -> vm.set(Property.timesteps(), v))));
        Evaluation ev = vm.evaluation();
        if (ev != null) {
            f.add(new Field("output value", "Result", Field.Kind.READ_ONLY, List.of(), "The output at the last time step",
                    () -> ev.output() == null ? Numbers.human(ev.value()) : vm.hiddenNumbers().value(ev.output(), ev.value()), null));
        }
        return f;
    }

    // ---- helpers ----

    private static Field text(String name, String category, String description, java.util.function.Supplier<String> get,
                              java.util.function.Function<String, String> set) {
        return new Field(name, category, Field.Kind.TEXT, List.of(), description, get::get, v -> set.apply((String) v));
    }

    private static Field number(String name, String category, java.util.function.DoubleSupplier get, Consumer<Double> set) {
        return text(name, category, "A number", () -> Numbers.exact(get.getAsDouble()).replaceAll("\\.0$", ""), s -> {
            Double v = parseDouble(s);
            if (v == null) return "'" + s + "' is not a number";
            set.accept(v);
            return null;
        });
    }

    private static Field optionalNumber(String name, String category, java.util.function.Supplier<Double> get, Consumer<Double> set) {
        return text(name, category, "A number; empty: the default", () -> get.get() == null ? "" : Numbers.exact(get.get()).replaceAll("\\.0$", ""), s -> {
            if (s.isBlank()) { set.accept(null); return null; }
            Double v = parseDouble(s);
            if (v == null) return "'" + s + "' is not a number";
            set.accept(v);
            return null;
        });
    }

    /** A node's value as typed: "2", or "1, 2" for one value per time step. */
    static String valueText(Node n) {
        if (n.values() == null) return "";
        List<String> parts = n.values().stream().map(v -> Numbers.exact(v).replaceAll("\\.0$", "")).toList();
        return String.join(", ", parts) + (n.valueIsList() && parts.size() == 1 ? "," : "");
    }

    static String parseValue(String s, Consumer<Property.Value> set) {
        String t = s.trim();
        if (t.isEmpty()) { set.accept(null); return null; }
        boolean list = t.contains(",") || t.startsWith("[");
        t = t.replace("[", "").replace("]", "");
        List<Double> numbers = new ArrayList<>();
        for (String part : t.split("[,;\\s]+")) {
            if (part.isEmpty()) continue;
            Double v = parseDouble(part);
            if (v == null) return "'" + part + "' is not a number";
            numbers.add(v);
        }
        if (numbers.isEmpty()) return "no number in '" + s + "'";
        set.accept(list ? Property.Value.ofList(numbers) : Property.Value.of(numbers.get(0)));
        return null;
    }

    private static String parseInt(String s, int min, Consumer<Integer> set) {
        String t = s.trim();
        if (t.isEmpty()) { set.accept(null); return null; }
        try {
            int v = Integer.parseInt(t);
            if (v < min) return "must be at least " + min;
            set.accept(v);
            return null;
        } catch (NumberFormatException ex) {
            return "'" + s + "' is not a whole number";
        }
    }

    static Double parseDouble(String s) {
        String t = s.trim().replace('−', '-').replace(',', '.').toLowerCase(Locale.ROOT);
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static String orEmpty(String s) { return s == null ? "" : s; }
}
