package org.chainrule.io;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.engine.AnswerCheck;

/**
 * A student's answers to mark: {@code {"values": {ID: x, ...}, "grads": {KEY: x, ...}}}, either part
 * optional. A number is a JSON number or a string a person would type ({@code "−16"}, {@code "3/4"},
 * {@code "0,5"}; {@link AnswerCheck#parse}). Anything else is refused with its line and column.
 */
public final class AnswerFile {
    /** The answers in file order: node id → value, key → gradient. */
    public record Answers(Map<String, Double> values, Map<String, Double> grads) {
        public Answers {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            grads = Collections.unmodifiableMap(new LinkedHashMap<>(grads));
        }
    }

    private AnswerFile() {}

    public static Answers read(Path file) {
        return parse(GraphFile.readText(file), file.toString());
    }

    /** Parses the text of an answers file; {@code source} names it in messages. */
    public static Answers parse(String json, String source) {
        JsonReader r = new JsonReader(new StringReader(json));
        r.setStrictness(Strictness.STRICT);
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Double> grads = new LinkedHashMap<>();
        try {
            if (r.peek() != JsonToken.BEGIN_OBJECT) throw bad(source, r, "expected an object {\"values\": {...}, \"grads\": {...}}");
            r.beginObject();
            while (r.hasNext()) {
                String part = r.nextName();
                if (part.equals("values")) numbers(r, json, source, part, values);
                else if (part.equals("grads")) numbers(r, json, source, part, grads);
                else throw bad(source, r, "unknown field '" + part + "' (expected values and grads)");
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) throw bad(source, r, "unexpected text after the end of the JSON object");
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new InputException(source + ": " + JsonSyntax.describe(e, n -> JsonSyntax.lineOf(json, n)));
        }
        return new Answers(values, grads);
    }

    private static void numbers(JsonReader r, String json, String source, String part, Map<String, Double> into) throws IOException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) throw bad(source, r, part + " must be an object of numbers");
        r.beginObject();
        while (r.hasNext()) {
            String id = r.nextName();
            String where = valuePlace(json, JsonSyntax.place(r, 0));
            double v;
            switch (r.peek()) {
                case NUMBER -> v = r.nextDouble();
                case STRING -> {
                    String s = r.nextString();
                    v = AnswerCheck.parse(s);
                    if (Double.isNaN(v)) throw at(source, where, part + "." + id + ": \"" + s + "\" is not a number");
                }
                default -> throw at(source, where, part + "." + id + ": expected a number, found " + r.peek().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (into.put(id, v) != null) throw at(source, where, part + "." + id + " is given twice");
        }
        r.endObject();
    }

    /**
     * "line L column C" of the value after a name: the reader stands just past the name, so the value is the
     * first character after the colon and the spaces on that line.
     */
    private static String valuePlace(String json, String afterName) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)").matcher(afterName == null ? "" : afterName);
        if (!m.matches()) return afterName;
        int line = Integer.parseInt(m.group(1)), col = Integer.parseInt(m.group(2));
        String text = JsonSyntax.lineOf(json, line);
        if (text == null) return afterName;
        int i = col - 1;
        while (i < text.length() && (text.charAt(i) == ':' || Character.isWhitespace(text.charAt(i)))) i++;
        return i < text.length() ? "line " + line + " column " + (i + 1) : afterName;
    }

    private static InputException bad(String source, JsonReader r, String what) {
        return at(source, JsonSyntax.place(r, 0), what);
    }

    private static InputException at(String source, String where, String what) {
        return new InputException(source + ": " + (where == null ? "" : where + ": ") + what);
    }
}
