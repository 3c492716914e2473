package org.chainrule.ui.inspector;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of the inspector, independent of any control: its name, how to read it as text (or a
 * boolean), and how to set it from what the user typed. {@code set} returns why the input was refused,
 * or null when it was taken.
 */
public record Field(String name, String category, Kind kind, List<String> choices, String description,
                    Supplier<Object> get, Function<Object, String> set) {
    /** How the field is edited. */
    public enum Kind { TEXT, CHOICE, BOOLEAN, READ_ONLY, GRID }

    public Object value() { return get.get(); }

    /** Sets the field; returns the reason it was refused, or null. */
    public String setValue(Object v) { return set == null ? "read only" : set.apply(v); }
}
