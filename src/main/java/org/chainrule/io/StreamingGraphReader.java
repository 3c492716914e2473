package org.chainrule.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.chainrule.engine.CompiledGraph;
import org.chainrule.model.Edge;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/**
 * Reads a graph file token by token (Gson {@link JsonReader}) straight into a {@link CompiledGraph}:
 * no JSON tree and no model objects, so a million-node file (about 100 MB) loads in a few seconds and
 * a few hundred MB. For evaluation only: what the compiled form does not need (labels, positions,
 * unknown fields) is skipped. Reads the same files as {@link GraphFile} and refuses bad ones with one
 * line naming the place.
 */
public final class StreamingGraphReader {
    private final String source;
    private final JsonReader in;
    private final FlatGraphBuilder graph;
    private String format;
    private Double version;
    private String output;
    private Integer timesteps;
    /** Edges met before the nodes (allowed by JSON, unusual): their ids are resolved at the end. */
    private String[] pendingFrom = new String[0];
    private String[] pendingTo = new String[0];
    private int[][] pendingInts = new int[0][];
    private double[] pendingWeight = new double[0];
    private int pending;
    private boolean nodesRead;
    /** Where the reader is, for messages: built into text only when there is a problem. */
    private String list;
    private int item;
    private String itemId;
    private String field;
    private int element = -1;
    private final Map<String, Op> ops = new HashMap<>();

    private StreamingGraphReader(Reader reader, String source) {
        this.source = source;
        this.in = new JsonReader(reader);
        this.graph = new FlatGraphBuilder(source);
    }

    /** Reads and compiles a graph file. */
    public static CompiledGraph read(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            return read(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads and compiles the graph file text from {@code reader}; {@code source} names it in messages. */
    public static CompiledGraph read(Reader reader, String source) throws IOException {
        StreamingGraphReader r = new StreamingGraphReader(reader, source);
        try {
            r.readTop();
        } catch (EOFException e) {
            throw new InputException(source + ": unexpected end of file (the JSON is truncated)");
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new InputException(source + ": " + r.jsonProblem(e));
        }
        return r.graph.compile(r.output, r.timesteps);
    }

    private void readTop() throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) throw problem("", "a graph file must be a JSON object");
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "format" -> format = atTop(name).string();
                case "version" -> version = atTop(name).number();
                case "output" -> output = atTop(name).string();
                case "timesteps" -> {
                    timesteps = atTop(name).integer();
                    if (timesteps != null && timesteps < 1) throw problem(HERE, "must be at least 1, found " + timesteps);
                }
                case "nodes" -> {
                    checkFormat();
                    readNodes();
                }
                case "edges" -> {
                    checkFormat();
                    readEdges();
                }
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (in.peek() != JsonToken.END_DOCUMENT) throw problem("", "unexpected text after the end of the JSON object");
        checkFormat();
        if (format == null || version == null) {
            throw problem("", "not a Chainrule graph file: \"format\": \"chainrule\" and \"version\" are missing");
        }
        for (int j = 0; j < pending; j++) {
            addEdge(j, pendingFrom[j], pendingTo[j], pendingInts[j][0], pendingInts[j][1], pendingWeight[j]);
        }
    }

    /** Checks format and version as soon as they are known (they usually come first). */
    private void checkFormat() {
        if (format != null && !format.equals("chainrule")) throw problem("format", "expected \"chainrule\", found \"" + format + "\"");
        if (version != null && (version != Math.rint(version) || version < 1 || version > GraphFile.VERSION)) {
            throw problem("version", "version " + version + " is not supported (this program reads version " + GraphFile.VERSION + ")");
        }
    }

    private void readNodes() throws IOException {
        atTop("nodes").expectArray();
        list = "nodes";
        int i = 0;
        double[] buf = new double[16];
        while (in.hasNext()) {
            item(i);
            if (in.peek() != JsonToken.BEGIN_OBJECT) throw problem(HERE, "a node must be a JSON object");
            in.beginObject();
            String id = null, opName = null, act = null;
            double[] values = null;
            boolean list = false;
            double bias = 0, init = 0;
            Double alpha = null, p = null;
            while (in.hasNext()) {
                String name = in.nextName();
                field = name;
                if (name.equals("id")) {
                    id = string();
                    itemId = id;
                    continue;
                }
                if (name.equals("op")) {
                    opName = string();
                    continue;
                }
                switch (name) {
                    case "value" -> {
                        JsonToken t = in.peek();
                        if (t == JsonToken.NULL) {
                            in.nextNull();
                        } else if (t == JsonToken.BEGIN_ARRAY) {
                            in.beginArray();
                            int k = 0;
                            while (in.hasNext()) {
                                if (k == buf.length) buf = Arrays.copyOf(buf, k * 2);
                                element = k;
                                buf[k] = requireNumber();
                                k++;
                            }
                            element = -1;
                            in.endArray();
                            if (k == 0) throw problem(HERE, "an empty list (give one number per time step)");
                            values = Arrays.copyOf(buf, k);
                            list = true;
                        } else {
                            values = new double[] {requireNumber()};
                        }
                    }
                    case "bias" -> bias = orZero(number());
                    case "init" -> init = orZero(number());
                    case "alpha" -> alpha = number();
                    case "p" -> p = number();
                    case "activation" -> act = string();
                    case "trainable" -> {
                        JsonToken t = in.peek();
                        if (t == JsonToken.BOOLEAN) in.nextBoolean();
                        else if (t == JsonToken.NULL) in.nextNull();
                        else throw problem(HERE, "expected true or false");
                    }
                    default -> in.skipValue(); // label, x, y and fields this program does not know
                }
            }
            in.endObject();
            field = null;
            if (id == null) throw problem(HERE, "the node has no \"id\"");
            if (!validId(id)) throw problem(HERE, "invalid id (use letters, digits and _, not starting with a digit)");
            Op op = opName == null ? null : ops.computeIfAbsent(opName, Op::byId);
            if (op == null) throw problem(HERE, opName == null ? "the node has no \"op\"" : "unknown op '" + opName + "'");
            Activation a = null;
            if (act != null) {
                a = Activation.byId(act);
                if (a == null) throw problem(HERE, "unknown activation '" + act + "' (one of identity, relu, leaky_relu, sigmoid, tanh, step)");
            }
            if (!graph.addNode(id, op, values, list, bias, a, alpha, p, init)) throw problem(HERE, "duplicate id '" + id + "'");
            i++;
        }
        in.endArray();
        list = null;
        nodesRead = true;
    }

    private void readEdges() throws IOException {
        atTop("edges").expectArray();
        list = "edges";
        int i = 0;
        while (in.hasNext()) {
            item(i);
            if (in.peek() != JsonToken.BEGIN_OBJECT) throw problem(HERE, "an edge must be a JSON object");
            in.beginObject();
            String from = null, to = null;
            int arg = -1, delay = -1;
            double weight = Edge.DEFAULT_WEIGHT;
            while (in.hasNext()) {
                String name = in.nextName();
                field = name;
                // the common fields first, by equals: a string switch would hash millions of names
                if (name.equals("from")) {
                    from = string();
                } else if (name.equals("to")) {
                    to = string();
                } else {
                    switch (name) {
                        case "arg" -> arg = nonNegative();
                        case "delay" -> delay = nonNegative();
                        case "weight" -> {
                            Double w = number();
                            if (w != null) weight = w;
                        }
                        default -> in.skipValue();
                    }
                }
            }
            in.endObject();
            field = null;
            if (from == null || to == null) throw problem(HERE, "an edge needs \"from\" and \"to\"");
            if (nodesRead) {
                addEdge(i, from, to, arg, delay, weight);
            } else {
                keepPending(from, to, arg, delay, weight);
            }
            i++;
        }
        in.endArray();
        list = null;
    }

    private void addEdge(int i, String from, String to, int arg, int delay, double weight) {
        int f = graph.indexOf(from), t = graph.indexOf(to);
        if (f < 0 || t < 0) {
            throw problem("edges[" + i + "] " + from + "->" + to, "no node '" + (f < 0 ? from : to) + "'");
        }
        graph.addEdge(f, t, arg, delay, weight);
    }

    private void keepPending(String from, String to, int arg, int delay, double weight) {
        if (pending == pendingFrom.length) {
            int c = Math.max(16, pending * 2);
            pendingFrom = Arrays.copyOf(pendingFrom, c);
            pendingTo = Arrays.copyOf(pendingTo, c);
            pendingInts = Arrays.copyOf(pendingInts, c);
            pendingWeight = Arrays.copyOf(pendingWeight, c);
        }
        pendingFrom[pending] = from;
        pendingTo[pending] = to;
        pendingInts[pending] = new int[] {arg, delay};
        pendingWeight[pending] = weight;
        pending++;
    }

    // ---- where, built lazily: a million nodes must not cost a million message strings ----

    /** Stands for "the place the reader is at" in {@link #problem}. */
    private static final String HERE = null;

    private StreamingGraphReader atTop(String topField) {
        list = null;
        field = topField;
        element = -1;
        return this;
    }

    private void item(int i) {
        item = i;
        itemId = null;
        field = null;
        element = -1;
    }

    /** nodes[3] 'h1'.bias, edges[7].delay, timesteps … */
    private String place() {
        StringBuilder b = new StringBuilder();
        if (list != null) {
            b.append(list).append('[').append(item).append(']');
            if (itemId != null) b.append(" '").append(itemId).append('\'');
            if (field != null) b.append('.');
        }
        if (field != null) b.append(field);
        if (element >= 0) b.append('[').append(element).append(']');
        return b.toString();
    }

    /** The rule of SPEC §1, [A-Za-z_][A-Za-z0-9_]*, without a regex per node. */
    static boolean validId(String id) {
        if (id.isEmpty()) return false;
        for (int k = 0; k < id.length(); k++) {
            char ch = id.charAt(k);
            boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
            if (!letter && !(k > 0 && ch >= '0' && ch <= '9')) return false;
        }
        return true;
    }

    // ---- tokens, with the place in every message ----

    private void expectArray() throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) throw problem(HERE, "expected a list");
        in.beginArray();
    }

    private String string() throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (t != JsonToken.STRING) throw problem(HERE, "expected a string, found " + describe(t));
        return in.nextString();
    }

    /** A number, or null for JSON null. */
    private Double number() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return requireNumber();
    }

    private double requireNumber() throws IOException {
        JsonToken t = in.peek();
        if (t != JsonToken.NUMBER) throw problem(HERE, "expected a number, found " + describe(t));
        double d = in.nextDouble();
        if (!Double.isFinite(d)) throw problem(HERE, "expected a finite number");
        return d;
    }

    private Integer integer() throws IOException {
        Double d = number();
        if (d == null) return null;
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) throw problem(HERE, "expected a whole number, found " + d);
        return d.intValue();
    }

    /** A whole number ≥ 0, or −1 for null. */
    private int nonNegative() throws IOException {
        Integer k = integer();
        if (k == null) return -1;
        if (k < 0) throw problem(HERE, "must be 0 or more, found " + k);
        return k;
    }

    private static double orZero(Double d) { return d == null ? 0 : d; }

    private static String describe(JsonToken t) {
        return switch (t) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case BEGIN_ARRAY -> "a list";
            case BEGIN_OBJECT -> "an object";
            case NULL -> "null";
            default -> t.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A problem at {@code where}, or at the reader's place when {@code where} is {@link #HERE}. */
    private InputException problem(String where, String what) {
        String w = where != null ? where : place();
        return new InputException(source + ": " + (w.isEmpty() ? "" : w + ": ") + what + " (" + line() + ")");
    }

    /** "line L column C" of the reader's current place. */
    private String line() {
        String s = in.toString(); // "JsonReader at line 3 column 5 path $.nodes"
        int at = s.indexOf(" at line ");
        if (at < 0) return "end of file";
        int path = s.indexOf(" path ", at);
        return s.substring(at + 4, path < 0 ? s.length() : path);
    }

    /** Gson's message reduced to one line: "line L column C: what". */
    private String jsonProblem(Exception e) {
        String m = e.getMessage() == null ? "invalid JSON" : e.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) m = m.substring(0, see);
        m = m.replace('\n', ' ').trim();
        int at = m.indexOf(" at line ");
        if (at >= 0) {
            int path = m.indexOf(" path ", at);
            String where = m.substring(at + 4, path < 0 ? m.length() : path);
            String what = m.substring(0, at).trim();
            return where + ": " + (what.isEmpty() ? "invalid JSON" : Character.toLowerCase(what.charAt(0)) + what.substring(1));
        }
        return "invalid JSON: " + m + " (" + line() + ")";
    }
}
