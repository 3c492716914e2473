package org.chainrule.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.io.InputException;
import org.chainrule.ops.tensor.Tensor;

/** The text of {@code --set KEY=V,KEY=V}: keys and numbers, checked, in the order given. */
final class SetOption {
    /** What to say when a key is not in the graph. */
    static final String KEYS_HINT = "(keys: ID, ID.bias, ID.init, FROM->TO)";

    private SetOption() {}

    /**
     * The pairs of {@code --set}: a number, or nested lists of numbers for a tensor
     * ({@code W=[[1,2],[3,4]]}; commas inside brackets belong to the value). A missing '=', or a value
     * that is not a finite number or a well-formed nested list, is an error.
     */
    static Map<String, Tensor> parse(String sets) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        if (sets == null || sets.isBlank()) return out;
        for (String part : split(sets)) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            if (eq <= 0) throw new InputException("--set: expected KEY=VALUE, found '" + p + "'");
            String key = p.substring(0, eq).trim();
            String v = p.substring(eq + 1).trim();
            if (v.startsWith("[")) {
                out.put(key, tensor(key, v));
                continue;
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new InputException("--set " + key + ": '" + v + "' is not a number");
            }
            if (!Double.isFinite(d)) throw new InputException("--set " + key + ": '" + v + "' is not a finite number");
            out.put(key, Tensor.scalar(d));
        }
        return out;
    }

    /** The pairs split at the commas outside brackets. */
    private static java.util.List<String> split(String sets) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < sets.length(); i++) {
            char ch = sets.charAt(i);
            if (ch == '[') depth++;
            else if (ch == ']') depth--;
            else if (ch == ',' && depth == 0) {
                parts.add(sets.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(sets.substring(from));
        return parts;
    }

    private static Tensor tensor(String key, String v) {
        com.google.gson.JsonElement json;
        try {
            json = com.google.gson.JsonParser.parseString(v);
        } catch (RuntimeException e) {
            throw new InputException("--set " + key + ": '" + v + "' is not a list of numbers such as [[1, 2], [3, 4]]");
        }
        try {
            return org.chainrule.io.TensorJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new InputException("--set " + key + ": " + e.getMessage());
        }
    }

    static InputException unknownKey(String source, String key) {
        return new InputException("--set: " + source + " has no key '" + key + "' " + KEYS_HINT);
    }
}
