package org.chainrule.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with text that is not JSON, said in the terms of the person who wrote the file:
 * "line 3 column 12: expected ',' or '}'". Gson reports the place and its own reading state ("Unterminated
 * object", or a hint about its lenient mode); this class turns that into what was expected, looking at the
 * offending line when it can.
 */
final class JsonSyntax {
    private static final Pattern AT = Pattern.compile("^(.*?) at line (\\d+) column (\\d+)(?: path \\S*)?", Pattern.DOTALL);
    private static final Pattern PLACE = Pattern.compile("at line (\\d+) column (\\d+)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonSyntax() {}

    /**
     * "line L column C: what", from a Gson parse failure. {@code lineText} gives the text of line L (1-based)
     * when the caller has it, or null.
     */
    static String describe(Throwable e, IntFunction<String> lineText) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? "" : t.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) m = m.substring(0, see);
        Matcher at = AT.matcher(m.strip());
        if (!at.find()) {
            if (t instanceof java.io.EOFException || m.contains("End of input")) return truncated();
            return "not valid JSON";
        }
        String what = at.group(1).trim();
        int line = Integer.parseInt(at.group(2));
        int column = Integer.parseInt(at.group(3));
        String text = null;
        if (lineText != null) {
            try {
                text = lineText.apply(line);
            } catch (RuntimeException ignored) {
                // without the line, the message is less specific but still right
            }
        }
        if (what.startsWith("End of input")) return "line " + line + " column " + column + ": " + truncated();
        // Gson's column is one past the character it stopped at, except for bare words
        int found = Math.max(1, column - 1);
        String where = "line " + line + " column ";
        switch (what) {
            case "Unterminated object": return where + found + ": expected ',' or '}'" + after(text, found);
            case "Unterminated array": return where + found + ": expected ',' or ']'" + after(text, found);
            case "Expected name":
                return where + found + ": expected a name in double quotes"
                        + (charAt(text, found) == '}' ? " (remove the comma before '}')" : "");
            case "Expected ':'": return where + found + ": expected ':' after the name";
            case "Expected value": case "Unexpected value": return where + column + ": expected a value";
            case "Unterminated string": return where + column + ": a string is not closed (missing '\"')";
            case "Invalid escape sequence": case "Malformed Unicode escape": case "Unterminated escape sequence":
                return where + found + ": invalid escape sequence in a string";
            default:
                if (what.startsWith("Use JsonReader.setStrictness")) return lenient(text, line, column);
                if (what.startsWith("Nesting limit")) return where + column + ": nested too deeply";
                return where + column + ": " + lowerFirst(what);
        }
    }

    /**
     * "line L column C" of where a Gson reader stands (from its {@code toString()}, "JsonReader at line 3
     * column 5 path $.nodes"), the column moved {@code back} characters (not below 1); null when the reader
     * names no place (at the end).
     */
    static String place(com.google.gson.stream.JsonReader r, int back) {
        Matcher m = PLACE.matcher(r.toString());
        if (!m.find()) return null;
        return "line " + m.group(1) + " column " + Math.max(1, Integer.parseInt(m.group(2)) - back);
    }

    private static String truncated() {
        return "the file ends before the JSON is complete";
    }

    /** Which JSON rule the text breaks where Gson's strict mode stopped. */
    private static String lenient(String text, int line, int column) {
        String where = "line " + line + " column ";
        if (text == null) {
            return where + column + ": not valid JSON (names and strings take double quotes; no comments, no trailing commas)";
        }
        int before = column - 1;
        char c = charAt(text, before);
        switch (c) {
            case '\'': return where + before + ": names and strings take double quotes, not '";
            case '/': case '#': return where + before + ": JSON allows no comments";
            case '=': return where + before + ": expected ':' after the name";
            case ';': return where + before + ": expected ','";
            case ',': return where + before + ": expected a value between the commas";
            case ']': return where + before + ": expected a value (remove the comma before ']')";
            default:
        }
        int start = isWord(c) ? before : isWord(charAt(text, column)) ? column : -1;
        if (start < 0) return where + column + ": not valid JSON";
        while (isWord(charAt(text, start - 1))) start--;
        int end = start;
        while (isWord(charAt(text, end))) end++;
        String word = text.substring(start - 1, end - 1);
        if (NUMBER.matcher(word).matches() || word.equals("true") || word.equals("false") || word.equals("null")) {
            char next = charAt(text, end);
            if (next == ';') return where + end + ": expected ','";
            if (next == '=') return where + end + ": expected ':' after the name";
            return where + end + ": not valid JSON";
        }
        if (word.matches("[+-]?(NaN|Infinity)")) return where + start + ": " + word + " is not a JSON number";
        if (Character.isDigit(word.charAt(0)) || word.startsWith("-") || word.startsWith("+") || word.startsWith(".")) {
            return where + start + ": '" + word + "' is not a JSON number";
        }
        if ("true".startsWith(word) || "false".startsWith(word) || "null".startsWith(word)) {
            return where + start + ": '" + word + "' is not a JSON value (true, false or null?)";
        }
        return where + start + ": unquoted text '" + word + "' (names and strings take double quotes)";
    }

    /** ", found 'x'" for the character at a 1-based column, when there is one worth naming. */
    private static String after(String text, int column) {
        char c = charAt(text, column);
        return c == 0 || Character.isWhitespace(c) ? "" : ", found '" + c + "'";
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '.';
    }

    /** The character at a 1-based column, or 0 outside the line. */
    private static char charAt(String text, int column) {
        return text == null || column < 1 || column > text.length() ? 0 : text.charAt(column - 1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Line n (1-based) of a text, or null. */
    static String lineOf(String text, int n) {
        return text.lines().skip(n - 1L).findFirst().orElse(null);
    }

    /** Line n (1-based) of a file, read again only to explain an error; null when it cannot be read. */
    static String lineOf(Path file, int n) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s = null;
            for (int i = 0; i < n; i++) {
                s = r.readLine();
                if (s == null) return null;
            }
            return s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
