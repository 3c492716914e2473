package org.chainrule.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.chainrule.model.Graph;

/**
 * Reads and writes graph files (docs/file-format.md): JSON with {@code "format": "chainrule", "version": 1}.
 * Unknown fields are kept on load and written back on save; saving never truncates a good file.
 */
public final class GraphFile {
    /** The file format version this program writes and the newest it reads. */
    public static final int VERSION = 1;

    private GraphFile() {}

    /** Reads a graph file; any problem becomes an {@link InputException} naming the file. */
    public static Graph read(Path file) {
        return parse(readText(file), file.toString());
    }

    /** The UTF-8 text of a file; a file that is missing, unreadable or not UTF-8 is an {@link InputException}. */
    public static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** A failure to read a file, in one line naming it: no such file, not UTF-8, or why it cannot be read. */
    public static InputException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return new InputException(file + ": no such file");
        if (e instanceof java.nio.charset.CharacterCodingException) return new InputException(file + ": not a UTF-8 text file");
        return new InputException(file + ": cannot read: " + e.getMessage());
    }

    /** Parses the JSON text of a graph file; {@code source} names it in messages. */
    public static Graph parse(String json, String source) {
        return new GraphJsonReader(source).read(tree(json, source));
    }

    /**
     * Every problem the file has as a graph file (format, fields), each on one line; empty when it reads
     * cleanly. Text that is not JSON at all is an {@link InputException} (nothing else can be checked).
     * The graph-level checks (arity, cycles) are the engine's validator's.
     */
    public static java.util.List<String> problems(String json, String source) {
        JsonElement root = tree(json, source);
        GraphJsonReader r = new GraphJsonReader(source);
        r.readCollecting(root);
        return r.problems();
    }

    /** The JSON tree of the text, read strictly as JSON; a syntax error names its line and column. */
    private static JsonElement tree(String json, String source) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            throw new InputException(source + ": " + JsonSyntax.describe(e, n -> JsonSyntax.lineOf(json, n)));
        } catch (StackOverflowError e) {
            throw new InputException(source + ": JSON nested too deeply");
        }
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) return root;
        } catch (IOException e) {
            // something follows the value: said below
        }
        throw new InputException(source + ": " + where(reader) + ": unexpected text after the end of the JSON object");
    }

    /** The graph as the JSON text of a graph file. */
    public static String toJson(Graph g) {
        return GraphJsonWriter.write(g);
    }

    /**
     * Writes the graph to {@code file} atomically: a temporary file beside it, then a move into place,
     * so a failure never leaves a truncated file.
     */
    public static void write(Graph g, Path file) {
        writeText(toJson(g), file);
    }

    /** Writes text atomically (temporary file in the same folder, then a move). */
    public static void writeText(String text, Path file) {
        writeBytes(text.getBytes(StandardCharsets.UTF_8), file);
    }

    /**
     * Writes bytes atomically ({@link AtomicFile}: a temporary file in the same folder, then a move), with
     * the user's umask for a new file and the old file's mode for an overwritten one.
     */
    public static void writeBytes(byte[] bytes, Path file) {
        try {
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write: " + reason(e));
        }
    }

    /** An I/O failure in a few words ("permission denied", "no space left on device"). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "line L column C" of the reader, which stands one past what it last read. */
    private static String where(JsonReader r) {
        String p = JsonSyntax.place(r, 1);
        return p == null ? "the end" : p;
    }

}
