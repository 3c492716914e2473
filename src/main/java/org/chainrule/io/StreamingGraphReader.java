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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.chainrule.engine.CompiledGraph;
import org.chainrule.model.Edge;
import org.chainrule.model.Key;
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
    /**
     * Thrown when the file is not a plain scalar graph (it has tensors, functions, or an op this reader does
     * not know, which may be a function's name): such a file is for the ordinary reader ({@code eval} turns
     * to it). The message says why, with the place where it was seen.
     */
    public static final class NotFlat extends InputException {
        NotFlat(String message) { super(message); }
    }

    private static final String TENSORS = "a big file is read as a scalar graph, and this one has tensors (\"shape\" or a tensor op)";
    private static final String FUNCTIONS = "a big file is read as a scalar graph, and this one defines functions";

    private final String source;
    private final JsonCursor json;
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
    private final Map<String, Op> ops = new HashMap<>();

    private StreamingGraphReader(Reader reader, String source, java.util.function.IntFunction<String> lineText) {
        this.source = source;
        this.json = new JsonCursor(new JsonReader(reader), source, lineText);
        this.in = json.in;
        this.graph = new FlatGraphBuilder(source);
    }

    /** Reads and compiles a graph file. */
    public static CompiledGraph read(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            return read(r, file.toString(), n -> JsonSyntax.lineOf(file, n));
        } catch (IOException e) {
            throw GraphFile.unreadable(file, e);
        }
    }

    /** Reads and compiles the graph file text from {@code reader}; {@code source} names it in messages. */
    public static CompiledGraph read(Reader reader, String source) throws IOException {
        return read(reader, source, null);
    }

    private static CompiledGraph read(Reader reader, String source, java.util.function.IntFunction<String> lineText)
            throws IOException {
        StreamingGraphReader r = new StreamingGraphReader(reader, source, lineText);
        try {
            r.readTop();
        } catch (EOFException e) {
            throw new InputException(source + ": " + r.json.jsonProblem(e));
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new InputException(source + ": " + r.json.jsonProblem(e));
        }
        return r.graph.compile(r.output, r.timesteps);
    }

    private void readTop() throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) throw json.problem("", "a graph file must be a JSON object");
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "format" -> format = json.atTop(name).string();
                case "version" -> version = json.atTop(name).number();
                case "output" -> output = json.atTop(name).string();
                case "timesteps" -> {
                    timesteps = json.atTop(name).integer();
                    if (timesteps != null && timesteps < 1) throw json.problem(JsonCursor.HERE, "must be at least 1, found " + timesteps);
                }
                case "nodes" -> {
                    checkFormat();
                    readNodes();
                }
                case "edges" -> {
                    checkFormat();
                    readEdges();
                }
                case "functions" -> {
                    if (in.peek() != JsonToken.BEGIN_ARRAY) throw new NotFlat(json.problem(name, FUNCTIONS).getMessage());
                    in.beginArray();
                    if (in.hasNext()) throw new NotFlat(json.problem(name, FUNCTIONS).getMessage());
                    in.endArray();
                }
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (in.peek() != JsonToken.END_DOCUMENT) throw json.problem("", "unexpected text after the end of the JSON object");
        checkFormat();
        if (format == null || version == null) {
            throw json.problem("", "not a Chainrule graph file: \"format\": \"chainrule\" and \"version\" are missing");
        }
        for (int j = 0; j < pending; j++) {
            addEdge(j, pendingFrom[j], pendingTo[j], pendingInts[j][0], pendingInts[j][1], pendingWeight[j]);
        }
    }

    /** Checks format and version as soon as they are known (they usually come first). */
    private void checkFormat() {
        if (format != null && !format.equals("chainrule")) throw json.problem("format", "expected \"chainrule\", found \"" + format + "\"");
        if (version != null && (version != Math.rint(version) || version < 1 || version > GraphFile.VERSION)) {
            throw json.problem("version", "version " + version + " is not supported (this program reads version " + GraphFile.VERSION + ")");
        }
    }

    private void readNodes() throws IOException {
        json.atTop("nodes").expectArray();
        json.list = "nodes";
        int i = 0;
        double[] buf = new double[16];
        while (in.hasNext()) {
            json.item(i);
            if (in.peek() != JsonToken.BEGIN_OBJECT) throw json.problem(JsonCursor.HERE, "a node must be a JSON object");
            in.beginObject();
            String id = null, opName = null, act = null;
            double[] values = null;
            boolean list = false;
            double bias = 0, init = 0;
            Double alpha = null, p = null;
            while (in.hasNext()) {
                String name = in.nextName();
                json.field = name;
                if (name.equals("id")) {
                    id = json.string();
                    json.itemId = id;
                    continue;
                }
                if (name.equals("op")) {
                    opName = json.string();
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
                                json.element = k;
                                buf[k] = json.requireNumber();
                                k++;
                            }
                            json.element = -1;
                            in.endArray();
                            if (k == 0) throw json.problem(JsonCursor.HERE, "an empty list (give one number per time step)");
                            values = Arrays.copyOf(buf, k);
                            list = true;
                        } else {
                            values = new double[] {json.requireNumber()};
                        }
                    }
                    case "bias" -> bias = orZero(json.number());
                    case "init" -> init = orZero(json.number());
                    case "alpha" -> alpha = json.number();
                    case "p" -> p = json.number();
                    case "activation" -> act = json.string();
                    case "shape", "axis", "eps" -> throw new NotFlat(json.problem(JsonCursor.HERE, TENSORS).getMessage());
                    case "trainable" -> {
                        JsonToken t = in.peek();
                        if (t == JsonToken.BOOLEAN) in.nextBoolean();
                        else if (t == JsonToken.NULL) in.nextNull();
                        else throw json.problem(JsonCursor.HERE, "expected true or false");
                    }
                    default -> in.skipValue(); // label, x, y and fields this program does not know
                }
            }
            in.endObject();
            json.field = null;
            if (id == null) throw json.problem(JsonCursor.HERE, "the node has no \"id\"");
            if (!Key.isId(id)) throw json.problem(JsonCursor.HERE, "invalid id (use " + Key.ID_RULE + ")");
            Op op = opName == null ? null : ops.computeIfAbsent(opName, Op::byId);
            if (op == null && opName != null) { // a function's name, or a mistake
                throw new NotFlat(json.problem(JsonCursor.HERE, "unknown op '" + opName + "'").getMessage());
            }
            if (op == null) throw json.problem(JsonCursor.HERE, "the node has no \"op\"");
            if (op.isTensorOp()) throw new NotFlat(json.problem(JsonCursor.HERE, TENSORS).getMessage());
            Activation a = null;
            if (act != null) {
                a = Activation.byId(act);
                if (a == null) throw json.problem(JsonCursor.HERE, "unknown activation '" + act + "' (one of identity, relu, leaky_relu, sigmoid, tanh, step)");
            }
            if (!graph.addNode(id, op, values, list, bias, a, alpha, p, init)) throw json.problem(JsonCursor.HERE, "duplicate id '" + id + "'");
            i++;
        }
        in.endArray();
        json.list = null;
        nodesRead = true;
    }

    private void readEdges() throws IOException {
        json.atTop("edges").expectArray();
        json.list = "edges";
        int i = 0;
        while (in.hasNext()) {
            json.item(i);
            if (in.peek() != JsonToken.BEGIN_OBJECT) throw json.problem(JsonCursor.HERE, "an edge must be a JSON object");
            in.beginObject();
            String from = null, to = null;
            int arg = -1, delay = -1;
            double weight = Edge.DEFAULT_WEIGHT;
            while (in.hasNext()) {
                String name = in.nextName();
                json.field = name;
                // the common fields first, by equals: a string switch would hash millions of names
                if (name.equals("from")) {
                    from = json.string();
                } else if (name.equals("to")) {
                    to = json.string();
                } else {
                    switch (name) {
                        case "arg" -> arg = json.nonNegative();
                        case "delay" -> delay = json.nonNegative();
                        case "weight" -> {
                            Double w = json.number();
                            if (w != null) weight = w;
                        }
                        default -> in.skipValue();
                    }
                }
            }
            in.endObject();
            json.field = null;
            if (from == null || to == null) throw json.problem(JsonCursor.HERE, "an edge needs \"from\" and \"to\"");
            if (nodesRead) {
                addEdge(i, from, to, arg, delay, weight);
            } else {
                keepPending(from, to, arg, delay, weight);
            }
            i++;
        }
        in.endArray();
        json.list = null;
    }

    private void addEdge(int i, String from, String to, int arg, int delay, double weight) {
        int f = graph.indexOf(from), t = graph.indexOf(to);
        if (f < 0 || t < 0) {
            throw json.problem("edges[" + i + "] " + from + "->" + to, "no node '" + (f < 0 ? from : to) + "'");
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

    private static double orZero(Double d) { return d == null ? 0 : d; }
}
