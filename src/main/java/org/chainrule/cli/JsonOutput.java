package org.chainrule.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainrule.ops.tensor.Tensor;

/**
 * JSON for the command line's {@code --json} outputs. Numbers are written as Java's
 * {@code Double.toString} writes them; a NaN or infinite result is written as NaN / Infinity.
 */
public final class JsonOutput {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    private JsonOutput() {}

    public static String toJson(JsonElement e) {
        return GSON.toJson(e);
    }

    /**
     * Prints {@code {"NAME": [...]}} and a line break, one element per item, exactly as {@link #toJson} would
     * write the whole object, but streamed: no tree or text of the whole output is held.
     */
    /** {@link #writeArray} with each element made as a JSON tree first (for small outputs). */
    public static <T> void writeTrees(PrintStream out, String name, List<T> items, Function<T, JsonElement> element) {
        writeArray(out, name, items, (item, w) -> GSON.toJson(element.apply(item), w));
    }

    public static <T> void writeArray(PrintStream out, String name, List<T> items, Item<T> element) {
        Writer sink = new Writer() {
            @Override public void write(char[] c, int off, int len) { out.append(CharBuffer.wrap(c, off, len)); }
            @Override public void flush() { out.flush(); }
            @Override public void close() { flush(); }
        };
        try (BufferedWriter buffered = new BufferedWriter(sink, 1 << 16)) {
            JsonWriter w = GSON.newJsonWriter(buffered);
            w.setStrictness(Strictness.LENIENT);   // NaN and Infinity written as such, as toJson does
            w.beginObject().name(name).beginArray();
            for (T item : items) element.write(item, w);
            w.endArray().endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** A tensor as nested lists of its shape; a scalar as its number. */
    public static JsonElement tensor(Tensor t) {
        return org.chainrule.io.TensorJson.of(t);
    }

    public static JsonObject tensors(Map<String, Tensor> m) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Tensor> en : m.entrySet()) o.add(en.getKey(), tensor(en.getValue()));
        return o;
    }

    /** Writes one element of an array straight to the writer (no tree of it is built). */
    public interface Item<T> {
        void write(T item, JsonWriter w) throws IOException;
    }

    public static JsonObject map(Map<String, Double> m) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Double> en : m.entrySet()) o.addProperty(en.getKey(), en.getValue());
        return o;
    }

    public static JsonArray list(List<Double> vs) {
        JsonArray a = new JsonArray();
        for (double v : vs) a.add(v);
        return a;
    }
}
