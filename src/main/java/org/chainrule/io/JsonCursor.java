package org.chainrule.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;

/**
 * A {@link JsonReader} that knows where it is in a graph file ({@code nodes[3] 'h1'.bias}) and reads
 * typed values, so every problem names its place. The place is kept as a few fields and turned into
 * text only when there is a problem: a million nodes must not cost a million message strings.
 */
final class JsonCursor {
    final JsonReader in;
    private final String source;
    /** Where the reader is: list ("nodes", "edges") and item index, the item's id, field, list element. */
    String list;
    int item;
    String itemId;
    String field;
    int element = -1;

    /** Line n of the text being read, to explain a syntax error; null when the text is not at hand. */
    private final java.util.function.IntFunction<String> lineText;

    JsonCursor(JsonReader in, String source, java.util.function.IntFunction<String> lineText) {
        this.in = in;
        this.source = source;
        this.lineText = lineText;
        in.setStrictness(com.google.gson.Strictness.STRICT);
    }

    /** Stands for "the place the reader is at" in {@link #problem}. */
    static final String HERE = null;

    JsonCursor atTop(String topField) {
        list = null;
        field = topField;
        element = -1;
        return this;
    }

    void item(int i) {
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

    // ---- tokens, with the place in every message ----

    void expectArray() throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) throw problem(HERE, "expected a list");
        in.beginArray();
    }

    String string() throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (t != JsonToken.STRING) throw problem(HERE, "expected a string, found " + describe(t));
        return in.nextString();
    }

    /** A number, or null for JSON null. */
    Double number() throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return requireNumber();
    }

    double requireNumber() throws IOException {
        JsonToken t = in.peek();
        if (t != JsonToken.NUMBER) throw problem(HERE, "expected a number, found " + describe(t));
        double d = in.nextDouble();
        if (!Double.isFinite(d)) throw problem(HERE, "expected a finite number");
        return d;
    }

    Integer integer() throws IOException {
        Double d = number();
        if (d == null) return null;
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) throw problem(HERE, "expected a whole number, found " + d);
        return d.intValue();
    }

    /** A whole number ≥ 0, or −1 for null. */
    int nonNegative() throws IOException {
        Integer k = integer();
        if (k == null) return -1;
        if (k < 0) throw problem(HERE, "must be 0 or more, found " + k);
        return k;
    }

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
    InputException problem(String where, String what) {
        String w = where != null ? where : place();
        return new InputException(source + ": " + (w.isEmpty() ? "" : w + ": ") + what + " (" + line() + ")");
    }

    /** "line L column C" of the reader's current place. */
    String line() {
        String p = JsonSyntax.place(in, 0);
        return p == null ? "end of file" : p;
    }

    /** A syntax error in the user's words: "line L column C: expected ',' or '}'". */
    String jsonProblem(Exception e) {
        String m = JsonSyntax.describe(e, lineText);
        return m.startsWith("line ") ? m : m + " (" + line() + ")";
    }
}
