package org.chainrule.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses the JSON text of a graph file; {@code source} names it in messages. */
    public static Graph parse(String json, String source) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new InputException(source + ": " + where(reader) + ": unexpected text after the end of the JSON object");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new InputException(source + ": " + jsonMessage(e));
        } catch (StackOverflowError e) {
            throw new InputException(source + ": JSON nested too deeply");
        }
        return new GraphJsonReader(source).read(root);
    }

    /**
     * Every problem the file has as a graph file (syntax, format, fields), each on one line; empty when
     * it reads cleanly. The graph-level checks (arity, cycles) are the engine's validator's.
     */
    public static java.util.List<String> problems(String json, String source) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                return java.util.List.of(source + ": " + where(reader) + ": unexpected text after the end of the JSON object");
            }
            GraphJsonReader r = new GraphJsonReader(source);
            r.readCollecting(root);
            return r.problems();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return java.util.List.of(source + ": " + jsonMessage(e));
        } catch (StackOverflowError e) {
            return java.util.List.of(source + ": JSON nested too deeply");
        }
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

    /** Writes bytes atomically (temporary file in the same folder, then a move). */
    public static void writeBytes(byte[] bytes, Path file) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (dir != null) Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
            }
            throw new InputException(file + ": cannot write: " + e.getMessage());
        }
    }

    private static String where(JsonReader r) {
        String s = r.toString(); // "JsonReader at line 3 column 5 path $.nodes"
        int at = s.indexOf(" at line ");
        return at < 0 ? "end" : s.substring(at + 4);
    }

    /** Gson's message, reduced to "line L column C: what". */
    private static String jsonMessage(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof MalformedJsonException)) t = t.getCause();
        String m = t.getMessage() == null ? "invalid JSON" : t.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) m = m.substring(0, see);
        m = m.replace('\n', ' ').trim();
        java.util.regex.Matcher lc = java.util.regex.Pattern.compile("at line (\\d+) column (\\d+)( path (\\S+))?").matcher(m);
        if (lc.find()) {
            String what = m.substring(0, lc.start()).trim();
            if (what.isEmpty()) what = "invalid JSON";
            return "line " + lc.group(1) + " column " + lc.group(2) + ": " + lowerFirst(what);
        }
        if (m.contains("End of input") || m.contains("EOFException")) return "unexpected end of file (the JSON is truncated)";
        return "invalid JSON: " + m;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
