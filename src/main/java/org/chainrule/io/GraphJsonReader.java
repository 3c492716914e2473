package org.chainrule.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.model.Key;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Shapes;
import org.chainrule.ops.tensor.Tensor;

/**
 * Turns the parsed JSON tree of a graph file into a {@link Graph}, collecting every problem with the
 * place it was found ({@code nodes[2] 'h1': unknown op 'rleu'}). Fields it does not know are kept.
 */
final class GraphJsonReader {
    private static final Set<String> TOP = Set.of("format", "version", "name", "description", "output", "timesteps", "functions", "nodes", "edges");
    private static final Set<String> NODE = Set.of("id", "op", "label", "value", "bias", "activation", "alpha", "p", "init", "trainable", "x", "y", "shape", "axis", "eps");
    private static final Set<String> EDGE = Set.of("from", "to", "arg", "label", "weight", "delay");

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> skipped = new HashSet<>();
    /** Every function the file defines, also those with a problem (already reported). */
    private Set<String> functionNames = Set.of();

    GraphJsonReader(String source) {
        this.source = source;
    }

    /** Reads the graph or throws the first problem (with a count of the others). */
    Graph read(JsonElement root) {
        Graph g = readCollecting(root);
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            int more = problems.size() - 1;
            throw new InputException(more == 0 ? first : first + " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")");
        }
        return g;
    }

    List<String> problems() { return problems; }

    /** Reads what it can; problems are collected, not thrown. */
    Graph readCollecting(JsonElement root) {
        Graph g = new Graph();
        if (root == null || !root.isJsonObject()) {
            problem("", "a graph file must be a JSON object");
            return g;
        }
        JsonObject o = root.getAsJsonObject();
        JsonElement format = o.get("format");
        JsonElement version = o.get("version");
        if (format == null || version == null) {
            problem("", "not a Chainrule graph file: \"format\": \"chainrule\" and \"version\" are missing");
            return g;
        }
        if (!isString(format) || !format.getAsString().equals("chainrule")) {
            problem("format", "expected \"chainrule\", found " + format);
            return g;
        }
        Double v = number(version, "version");
        if (v != null && (v != Math.rint(v) || v < 1 || v > GraphFile.VERSION)) {
            problem("version", "version " + version + " is not supported (this program reads version " + GraphFile.VERSION + ")");
            return g;
        }
        g.setName(string(o.get("name"), "name"));
        g.setDescription(string(o.get("description"), "description"));
        g.setOutputId(string(o.get("output"), "output"));
        if (o.has("timesteps")) {
            Integer t = integer(o.get("timesteps"), "timesteps");
            if (t != null && t < 1) problem("timesteps", "must be at least 1, found " + t);
            else g.setTimesteps(t);
        }
        keepExtras(o, TOP, g.extras());
        functionNames = FunctionsJson.read(o.get("functions"), g, this::problem);

        JsonArray nodes = array(o.get("nodes"), "nodes");
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) readNode(g, nodes.get(i), "nodes[" + i + "]");
        }
        JsonArray edges = array(o.get("edges"), "edges");
        if (edges != null) {
            for (int i = 0; i < edges.size(); i++) readEdge(g, edges.get(i), "edges[" + i + "]");
        }
        if (g.outputId() != null && g.node(g.outputId()) == null && !skipped.contains(g.outputId())) {
            problem("output", "no node '" + g.outputId() + "'");
        }
        return g;
    }

    /** The element as an object, or null after naming the problem ("a node must be a JSON object"). */
    private JsonObject object(JsonElement e, String where, String what) {
        if (e.isJsonObject()) return e.getAsJsonObject();
        problem(where, what + " must be a JSON object");
        return null;
    }

    private void readNode(Graph g, JsonElement e, String where) {
        JsonObject o = object(e, where, "a node");
        if (o == null) return;
        String id = string(o.get("id"), where + ".id");
        if (id == null) {
            problem(where, "the node has no \"id\"");
            return;
        }
        String at = where + " '" + id + "'";
        if (!Key.isId(id)) {
            problem(at, "invalid id (use " + Key.ID_RULE + ")");
            skipped.add(id);
            return;
        }
        if (g.node(id) != null) {
            problem(at, "duplicate id '" + id + "'");
            return;
        }
        String opName = string(o.get("op"), at + ".op");
        Op op = Op.byId(opName);
        if (op == null && g.function(opName) != null) op = Op.FUNCTION;
        if (op == null && opName != null && functionNames.contains(opName)) {
            skipped.add(id); // its function's problem is reported already
            return;
        }
        if (op == null) {
            problem(at, opName == null ? "the node has no \"op\"" : "unknown op '" + opName + "'");
            skipped.add(id);
            return;
        }
        Node n = new Node(id, op);
        if (op == Op.FUNCTION) {
            n.setFunction(opName);
            n.setFunctionOutput(string(o.get("output"), at + ".output"));
            String wrong = g.function(opName).outputProblem(n.functionOutput());
            if (wrong != null) problem(at + ".output", wrong);
        }
        n.setLabel(string(o.get("label"), at + ".label"));
        JsonElement value = o.get("value");
        if (o.has("shape") && !o.get("shape").isJsonNull()) {
            readTensorValue(n, o.get("shape"), value, at);
        } else if (value != null && !value.isJsonNull()) {
            if (value.isJsonArray()) {
                List<Double> vs = new ArrayList<>();
                JsonArray a = value.getAsJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    Double d = number(a.get(i), at + ".value[" + i + "]");
                    vs.add(d == null ? 0.0 : d);
                }
                if (vs.isEmpty()) problem(at + ".value", "an empty list (give one number per time step)");
                else n.setValues(vs);
            } else {
                Double d = number(value, at + ".value");
                if (d != null) n.setValue(d);
            }
        }
        Double bias = number(o.get("bias"), at + ".bias");
        if (bias != null) n.setBias(bias);
        String act = string(o.get("activation"), at + ".activation");
        if (act != null) {
            Activation a = Activation.byId(act);
            if (a == null) problem(at, "unknown activation '" + act + "' (one of identity, relu, leaky_relu, sigmoid, tanh, step)");
            else n.setActivation(a);
        }
        n.setAlpha(number(o.get("alpha"), at + ".alpha"));
        n.setP(number(o.get("p"), at + ".p"));
        JsonElement initJson = o.get("init");
        if (initJson != null && initJson.isJsonArray()) {
            Tensor t = tensor(initJson, at + ".init");
            if (t != null) n.setTensorInit(t);
        } else {
            Double init = number(initJson, at + ".init");
            if (init != null) n.setInit(init);
        }
        if (o.has("axis")) n.setAxis(integer(o.get("axis"), at + ".axis"));
        n.setEps(number(o.get("eps"), at + ".eps"));
        JsonElement tr = o.get("trainable");
        if (tr != null && !tr.isJsonNull()) {
            if (tr.isJsonPrimitive() && tr.getAsJsonPrimitive().isBoolean()) n.setTrainable(tr.getAsBoolean());
            else problem(at + ".trainable", "expected true or false, found " + tr);
        }
        Double x = number(o.get("x"), at + ".x");
        Double y = number(o.get("y"), at + ".y");
        if (x != null && y != null) n.setPosition(x, y);
        keepExtras(o, NODE, n.extras());
        if (op == Op.FUNCTION) n.extras().remove("output"); // read above: which output of the function
        g.add(n);
    }

    private void readEdge(Graph g, JsonElement e, String where) {
        JsonObject o = object(e, where, "an edge");
        if (o == null) return;
        String from = string(o.get("from"), where + ".from");
        String to = string(o.get("to"), where + ".to");
        if (from == null || to == null) {
            problem(where, "an edge needs \"from\" and \"to\"");
            return;
        }
        String at = where + " " + from + "->" + to;
        Node a = g.node(from), b = g.node(to);
        if (a == null || b == null) {
            String missing = a == null ? from : to;
            if (!skipped.contains(missing)) problem(at, "no node '" + missing + "'");
            return;
        }
        Edge edge = new Edge();
        if (o.has("arg")) {
            Integer arg = integer(o.get("arg"), at + ".arg");
            if (arg != null && arg < 0) problem(at + ".arg", "must be 0 or more, found " + arg);
            else edge.setArg(arg);
        }
        edge.setLabel(string(o.get("label"), at + ".label"));
        edge.setWeight(number(o.get("weight"), at + ".weight"));
        if (o.has("delay")) {
            Integer d = integer(o.get("delay"), at + ".delay");
            if (d != null && d < 0) problem(at + ".delay", "must be 0 or more, found " + d);
            else edge.setDelay(d);
        }
        keepExtras(o, EDGE, edge.extras());
        g.connect(a, b, edge);
    }

    /**
     * A tensor source: {@code "shape"} and a value nested to that shape, or one more level deep for one
     * tensor per time step.
     */
    private void readTensorValue(Node n, JsonElement shapeJson, JsonElement value, String at) {
        if (!shapeJson.isJsonArray()) {
            problem(at + ".shape", "expected a list of sizes such as [2, 3], found " + shorten(shapeJson.toString()));
            return;
        }
        JsonArray sa = shapeJson.getAsJsonArray();
        int[] shape = new int[sa.size()];
        for (int i = 0; i < shape.length; i++) {
            Integer d = integer(sa.get(i), at + ".shape[" + i + "]");
            if (d == null) return;
            if (d < 1) {
                problem(at + ".shape[" + i + "]", "a size must be 1 or more, found " + d);
                return;
            }
            shape[i] = d;
        }
        if (value == null || value.isJsonNull()) {
            problem(at + ".value", "a node with a \"shape\" needs a value of that shape");
            return;
        }
        Tensor t = tensor(value, at + ".value");
        if (t == null) return;
        if (Shapes.same(t.shape(), shape)) {
            n.setTensors(shape, List.of(t), false);
            return;
        }
        boolean perStep = t.rank() == shape.length + 1
                && Shapes.same(java.util.Arrays.copyOfRange(t.shape(), 1, t.rank()), shape);
        if (!perStep) {
            problem(at + ".value", "a value of shape " + Shapes.text(t.shape()) + " does not match \"shape\": "
                    + Shapes.text(shape) + " (give " + Shapes.text(shape) + ", or one per time step)");
            return;
        }
        List<Tensor> steps = new ArrayList<>();
        int size = Tensor.size(shape);
        for (int k = 0; k < t.shape()[0]; k++) {
            steps.add(Tensor.of(shape, java.util.Arrays.copyOfRange(t.data(), k * size, (k + 1) * size)));
        }
        n.setTensors(shape, steps, true);
    }

    /** Nested lists of numbers as a tensor, or null after a problem naming the place. */
    private Tensor tensor(JsonElement e, String where) {
        try {
            return TensorJson.read(e);
        } catch (IllegalArgumentException ex) {
            problem(where, ex.getMessage());
            return null;
        }
    }

    private static void keepExtras(JsonObject o, Set<String> known, Map<String, Object> extras) {
        for (Map.Entry<String, JsonElement> en : o.entrySet()) {
            if (!known.contains(en.getKey())) extras.put(en.getKey(), en.getValue().deepCopy());
        }
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private String string(JsonElement e, String where) {
        if (e == null || e.isJsonNull()) return null;
        if (!isString(e)) {
            problem(where, "expected a string, found " + e);
            return null;
        }
        return e.getAsString();
    }

    private Double number(JsonElement e, String where) {
        if (e == null || e.isJsonNull()) return null;
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isNumber()) {
                try {
                    double d = p.getAsDouble();
                    if (Double.isFinite(d)) return d;
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
        }
        problem(where, "expected a number, found " + shorten(e.toString()));
        return null;
    }

    private Integer integer(JsonElement e, String where) {
        Double d = number(e, where);
        if (d == null) return null;
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            problem(where, "expected a whole number, found " + e);
            return null;
        }
        return d.intValue();
    }

    private JsonArray array(JsonElement e, String where) {
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonArray()) {
            problem(where, "expected a list, found " + shorten(e.toString()));
            return null;
        }
        return e.getAsJsonArray();
    }

    private void problem(String where, String what) {
        problems.add(source + ": " + (where.isEmpty() ? "" : where + ": ") + what);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
