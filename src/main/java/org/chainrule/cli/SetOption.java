package org.chainrule.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.io.InputException;

/** The text of {@code --set KEY=V,KEY=V}: keys and numbers, checked, in the order given. */
final class SetOption {
    /** What to say when a key is not in the graph. */
    static final String KEYS_HINT = "(keys: ID, ID.bias, ID.init, FROM->TO)";

    private SetOption() {}

    /** The pairs of {@code --set}; a missing '=', or a value that is not a finite number, is an error. */
    static Map<String, Double> parse(String sets) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (sets == null || sets.isBlank()) return out;
        for (String part : sets.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            if (eq <= 0) throw new InputException("--set: expected KEY=VALUE, found '" + p + "'");
            String key = p.substring(0, eq).trim();
            String v = p.substring(eq + 1).trim();
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new InputException("--set " + key + ": '" + v + "' is not a number");
            }
            if (!Double.isFinite(d)) throw new InputException("--set " + key + ": '" + v + "' is not a finite number");
            out.put(key, d);
        }
        return out;
    }

    static InputException unknownKey(String source, String key) {
        return new InputException("--set: " + source + " has no key '" + key + "' " + KEYS_HINT);
    }
}
