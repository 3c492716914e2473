package org.chainrule.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positionals, options with a value ({@code --lr 0.1}, {@code --lr=0.1},
 * {@code -o OUT}) and flags ({@code --json}). Each command says which options take a value and which
 * flags it knows; anything else is a {@link UsageException}.
 */
public final class Args {
    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Args(String command) {
        this.command = command;
    }

    public static Args parse(String command, String[] args, int from, Set<String> valued, Set<String> flags) {
        Args a = new Args(command);
        for (int i = from; i < args.length; i++) {
            String s = args[i];
            if (s.startsWith("-") && s.length() > 1 && !isNumber(s)) {
                String name = s, value = null;
                int eq = s.indexOf('=');
                if (eq > 0 && s.startsWith("--")) {
                    name = s.substring(0, eq);
                    value = s.substring(eq + 1);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new UsageException(command + ": " + name + " needs a value");
                        value = args[++i];
                    }
                    a.options.put(name, value);
                } else if (flags.contains(name) && value == null) {
                    a.options.put(name, "true");
                } else {
                    throw new UsageException(command + ": unknown option " + name);
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public List<String> positional() { return positional; }

    /** The single positional argument (e.g. FILE), or a usage error naming what is expected. */
    public String single(String what) {
        if (positional.isEmpty()) throw new UsageException(command + ": missing " + what);
        if (positional.size() > 1) throw new UsageException(command + ": unexpected argument '" + positional.get(1) + "'");
        return positional.get(0);
    }

    public boolean flag(String name) { return options.containsKey(name); }

    public String option(String name) { return options.get(name); }

    public String option(String name, String fallback) { return options.getOrDefault(name, fallback); }

    public double number(String name, double fallback) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " expects a number, found '" + v + "'");
        }
    }

    public int integer(String name, int fallback, int min) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            int k = Integer.parseInt(v);
            if (k < min) throw new UsageException(command + ": " + name + " must be at least " + min + ", found " + k);
            return k;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " expects a whole number, found '" + v + "'");
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
