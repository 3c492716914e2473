package org.chainrule.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.chainrule.io.expr.ExpressionException;
import org.chainrule.io.expr.FunctionBodies;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.ops.Op;

/**
 * The {@code "functions"} of a graph file: {@code [{"name": "softplus", "params": ["a"], "body":
 * "log(1 + exp(a))"}]}, or with a body of statements and the outputs it gives ({@code "body": ["c2 = f*c + i*g",
 * "h2 = o*tanh(c2)"], "outputs": ["h2", "c2"]}), read into the graph's {@link FunctionDef}s and written back. Every problem names
 * the function and the place: {@code functions[0] 'softplus'.body, column 9: unknown name 'b'}, a call
 * with the wrong number of arguments, a name taken by a built-in op, and recursion (a function that
 * reaches itself through its calls), which has no value.
 */
final class FunctionsJson {
    private FunctionsJson() {}

    /**
     * Reads {@code array} into {@code g}; {@code problem} gets (where, what) for every mistake. Returns the
     * names of every function the file defines, also those with a problem (their nodes are not reported again).
     */
    static java.util.Set<String> read(JsonElement array, Graph g, BiConsumer<String, String> problem) {
        if (array == null || array.isJsonNull()) return java.util.Set.of();
        if (!array.isJsonArray()) {
            problem.accept("functions", "expected a list of functions, found " + array);
            return java.util.Set.of();
        }
        JsonArray a = array.getAsJsonArray();
        Map<String, Integer> arity = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        List<Object[]> parsed = new ArrayList<>(); // {where, name, params, body}
        for (int i = 0; i < a.size(); i++) {
            String at = "functions[" + i + "]";
            Object[] f = header(a.get(i), at, problem);
            if (f == null) continue;
            String name = (String) f[1];
            at = at + " '" + name + "'";
            f[0] = at;
            if (arity.containsKey(name)) {
                problem.accept(at, "a second function named '" + name + "'");
                continue;
            }
            arity.put(name, ((List<?>) f[2]).size());
            where.put(name, at);
            parsed.add(f);
        }
        for (Object[] f : parsed) {
            @SuppressWarnings("unchecked")
            List<String> params = (List<String>) f[2];
            try {
                if (f[3] instanceof String body) {
                    g.define(FunctionBodies.define((String) f[1], params, body, arity));
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> statements = (List<String>) f[3];
                    @SuppressWarnings("unchecked")
                    List<String> outputs = (List<String>) f[4];
                    g.define(FunctionBodies.define((String) f[1], params, statements, outputs, arity));
                }
            } catch (ExpressionException e) {
                problem.accept(f[0] + ".body, column " + e.column(), e.reason());
            } catch (FunctionBodies.Mistake m) {
                problem.accept(f[0] + "." + m.where(), m.reason());
            }
        }
        recursion(g, where, problem);
        cellsInBodies(g, where, problem);
        return arity.keySet();
    }

    /**
     * {where, name, params, body, outputs} of one entry, or null after naming its problem: the body is a
     * string, or a list of statement strings (then outputs is the list of names given, or null).
     */
    private static Object[] header(JsonElement e, String at, BiConsumer<String, String> problem) {
        if (!e.isJsonObject()) {
            problem.accept(at, "a function must be a JSON object with \"name\", \"params\" and \"body\"");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        String name = text(o.get("name"));
        Object body = text(o.get("body"));
        if (body == null && o.get("body") != null && o.get("body").isJsonArray()) body = texts(o.get("body"));
        if (name == null || body == null || !o.has("params") || !o.get("params").isJsonArray()) {
            problem.accept(at, "a function needs \"name\" (a string), \"params\" (a list of names) and \"body\""
                    + " (an expression, or a list of statements name = expression)");
            return null;
        }
        List<String> outputs = null;
        JsonElement outs = o.get("outputs");
        if (outs != null && !outs.isJsonNull()) {
            outputs = outs.isJsonArray() ? texts(outs) : null;
            if (outputs == null || body instanceof String) {
                problem.accept(at + " '" + name + "'.outputs", body instanceof String
                        ? "a body of one expression has one result: write the body as a list of statements to give outputs"
                        : "expected a list of assigned names, found " + outs);
                return null;
            }
        }
        if (!Key.isId(name)) {
            problem.accept(at + ".name", "invalid function name '" + name + "' (use " + Key.ID_RULE + ")");
            return null;
        }
        if (Op.byId(name) != null || name.equals("function") || name.equals("ln")) {
            problem.accept(at + " '" + name + "'", "'" + name + "' is a built-in op: choose another name");
            return null;
        }
        List<String> params = new ArrayList<>();
        for (JsonElement p : o.get("params").getAsJsonArray()) {
            String id = text(p);
            if (id == null || !Key.isId(id)) {
                problem.accept(at + " '" + name + "'.params", "invalid param " + p + " (use " + Key.ID_RULE + ")");
                return null;
            }
            if (params.contains(id)) {
                problem.accept(at + " '" + name + "'.params", "param '" + id + "' is given twice");
                return null;
            }
            params.add(id);
        }
        if (params.isEmpty()) {
            problem.accept(at + " '" + name + "'.params", "a function needs at least one param");
            return null;
        }
        return new Object[] {at, name, params, body, outputs};
    }

    /** The strings of a JSON list, or null when an entry is not a string. */
    private static List<String> texts(JsonElement list) {
        List<String> out = new ArrayList<>();
        for (JsonElement x : list.getAsJsonArray()) {
            String t = text(x);
            if (t == null) return null;
            out.add(t);
        }
        return out;
    }

    /**
     * A body that calls a function of several outputs: an expression has no way to say which output it
     * means, so only a node (with {@code "output"}) may call such a function.
     */
    private static void cellsInBodies(Graph g, Map<String, String> where, BiConsumer<String, String> problem) {
        for (FunctionDef f : g.functions()) {
            for (String callee : FunctionBodies.calls(f)) {
                FunctionDef c = g.function(callee);
                if (c != null && c.hasOutputs()) {
                    problem.accept(where.get(f.name()) + ".body", "calls " + c.signature() + ", which has the outputs "
                            + String.join(", ", c.outputs()) + ": only a node with \"output\" can call it");
                    break;
                }
            }
        }
    }

    /**
     * Names the first function (in file order) of each loop of calls: {@code recursion: f -> g -> f}. A
     * function on a loop already named is not named again.
     */
    private static void recursion(Graph g, Map<String, String> where, BiConsumer<String, String> problem) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (FunctionDef f : g.functions()) {
            if (named.contains(f.name())) continue;
            List<String> loop = pathBack(g, f.name());
            if (loop == null) continue;
            named.addAll(loop);
            problem.accept(where.get(f.name()), "recursion: " + String.join(" -> ", loop) + " (a function cannot call itself)");
        }
    }

    /** A chain of calls from {@code start} back to itself ({@code [f, g, f]}), or null (a search without recursion). */
    private static List<String> pathBack(Graph g, String start) {
        Map<String, String> parent = new LinkedHashMap<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String at = todo.poll();
            FunctionDef f = g.function(at);
            if (f == null) continue;
            for (String callee : FunctionBodies.calls(f)) {
                if (callee.equals(start)) {
                    List<String> loop = new ArrayList<>(List.of(start));
                    for (String k = at; !k.equals(start); k = parent.get(k)) loop.add(1, k);
                    loop.add(start);
                    return loop;
                }
                if (!parent.containsKey(callee)) {
                    parent.put(callee, at);
                    todo.add(callee);
                }
            }
        }
        return null;
    }

    private static String text(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    /** The {@code "functions"} list of a graph, or null when it defines none. */
    static JsonArray write(Graph g) {
        if (g.functions().isEmpty()) return null;
        JsonArray a = new JsonArray();
        for (FunctionDef f : g.functions()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", f.name());
            JsonArray ps = new JsonArray();
            f.params().forEach(ps::add);
            o.add("params", ps);
            if (f.statements().isEmpty()) {
                o.addProperty("body", f.body());
            } else {
                JsonArray body = new JsonArray();
                f.statements().forEach(body::add);
                o.add("body", body);
                JsonArray outs = new JsonArray();
                f.outputs().forEach(outs::add);
                o.add("outputs", outs);
            }
            a.add(o);
        }
        return a;
    }
}
