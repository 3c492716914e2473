package org.chainrule.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;

/** Writes a {@link Graph} as a graph file (docs/file-format.md), with the fields it did not know written back. */
final class GraphJsonWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private GraphJsonWriter() {}

    static String write(Graph g) {
        return GSON.toJson(toTree(g)) + "\n";
    }

    static JsonObject toTree(Graph g) {
        JsonObject o = new JsonObject();
        o.addProperty("format", "chainrule");
        o.addProperty("version", GraphFile.VERSION);
        if (g.name() != null) o.addProperty("name", g.name());
        if (g.description() != null) o.addProperty("description", g.description());
        if (g.outputId() != null) o.addProperty("output", g.outputId());
        if (g.timestepsOrNull() != null) o.addProperty("timesteps", g.timestepsOrNull());
        putExtras(o, g.extras());
        JsonArray functions = FunctionsJson.write(g);
        if (functions != null) o.add("functions", functions);
        JsonArray nodes = new JsonArray();
        for (Node n : g.nodes()) nodes.add(node(n));
        o.add("nodes", nodes);
        JsonArray edges = new JsonArray();
        for (Edge e : g.edges()) edges.add(edge(g, e));
        o.add("edges", edges);
        return o;
    }

    private static JsonObject node(Node n) {
        JsonObject o = new JsonObject();
        o.addProperty("id", n.id());
        o.addProperty("op", n.opName());
        if (n.op() == Op.FUNCTION && n.functionOutput() != null) o.addProperty("output", n.functionOutput());
        if (n.label() != null) o.addProperty("label", n.label());
        if (n.isTensorSource()) {
            JsonArray shape = new JsonArray();
            for (int d : n.shape()) shape.add(d);
            o.add("shape", shape);
            if (n.valueIsList()) {
                JsonArray a = new JsonArray();
                for (Tensor t : n.tensors()) a.add(TensorJson.of(t));
                o.add("value", a);
            } else {
                o.add("value", TensorJson.of(n.tensors().get(0)));
            }
        } else if (n.hasValue()) {
            if (n.valueIsList()) {
                JsonArray a = new JsonArray();
                for (double v : n.values()) a.add(num(v));
                o.add("value", a);
            } else {
                o.add("value", num(n.values().get(0)));
            }
        }
        if (n.op() == Op.NEURON) {
            if (n.bias() != 0) o.add("bias", num(n.bias()));
            if (n.activation() != Activation.IDENTITY) o.addProperty("activation", n.activation().id());
        }
        if (n.alphaOrNull() != null) o.add("alpha", num(n.alphaOrNull()));
        if (n.pOrNull() != null) o.add("p", num(n.pOrNull()));
        if (n.tensorInit() != null) o.add("init", TensorJson.of(n.tensorInit()));
        else if (n.init() != 0) o.add("init", num(n.init()));
        if (n.axis() != null) o.addProperty("axis", n.axis());
        if (n.epsOrNull() != null) o.add("eps", num(n.epsOrNull()));
        if (n.trainable()) o.addProperty("trainable", true);
        if (n.hasPosition()) {
            o.add("x", num(round(n.x())));
            o.add("y", num(round(n.y())));
        }
        putExtras(o, n.extras());
        return o;
    }

    private static JsonObject edge(Graph g, Edge e) {
        JsonObject o = new JsonObject();
        o.addProperty("from", g.source(e).id());
        o.addProperty("to", g.target(e).id());
        if (e.arg() != null) o.addProperty("arg", e.arg());
        if (e.label() != null) o.addProperty("label", e.label());
        if (e.weightOrNull() != null) o.add("weight", num(e.weightOrNull()));
        if (e.delayOrNull() != null) o.addProperty("delay", e.delayOrNull());
        putExtras(o, e.extras());
        return o;
    }

    private static void putExtras(JsonObject o, Map<String, Object> extras) {
        for (Map.Entry<String, Object> en : extras.entrySet()) {
            if (o.has(en.getKey())) continue;
            Object v = en.getValue();
            if (v instanceof JsonElement) o.add(en.getKey(), ((JsonElement) v).deepCopy());
            else if (v instanceof Number) o.addProperty(en.getKey(), (Number) v);
            else if (v instanceof Boolean) o.addProperty(en.getKey(), (Boolean) v);
            else if (v != null) o.addProperty(en.getKey(), v.toString());
        }
    }

    /** Whole numbers are written without ".0" so hand-written files stay as they were. */
    private static JsonElement num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return new com.google.gson.JsonPrimitive((long) v);
        return new com.google.gson.JsonPrimitive(v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
