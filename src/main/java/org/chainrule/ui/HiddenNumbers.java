package org.chainrule.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;

/**
 * What a quiz hides from the panels outside the stepper (inspector, status bar, chain-rule window,
 * export dialog): while the stepper quizzes the student, a computed value or a gradient must not show
 * anywhere else in the window. The stepper sets the {@link Rule}; the panels ask it and listen to
 * {@link #versionProperty()}, which changes whenever the quiz does (turned on or off, answered,
 * revealed, ended).
 */
public final class HiddenNumbers {
    /** Text shown in place of a hidden number. */
    public static final String PLACEHOLDER = "?";

    /** What the quiz hides now. */
    public interface Rule {
        /** Whether the quiz hides computed values at all. */
        boolean values();

        /** Whether the quiz hides gradients at all. */
        boolean grads();

        /** Whether this node's value at the last time step is hidden. */
        boolean value(Node n);
    }

    private static final Rule NOTHING = new Rule() {
        @Override public boolean values() { return false; }
        @Override public boolean grads() { return false; }
        @Override public boolean value(Node n) { return false; }
    };

    private Rule rule = NOTHING;
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");

    /** Sets what is hidden (null: nothing) and tells the listeners. */
    public void setRule(Rule r) {
        rule = r == null ? NOTHING : r;
        changed();
    }

    /** Tells the listeners that what the rule hides has changed. */
    public void changed() { version.set(version.get() + 1); }

    public ReadOnlyIntegerProperty versionProperty() { return version.getReadOnlyProperty(); }

    /** Whether anything is hidden. */
    public boolean active() { return rule.values() || rule.grads(); }

    public boolean values() { return rule.values(); }

    public boolean grads() { return rule.grads(); }

    public boolean hides(Node n) { return rule.value(n); }

    /** A node's value at the last time step as shown to people, or the placeholder when the quiz hides it. */
    public String value(Node n, double v) {
        return rule.value(n) ? PLACEHOLDER : Numbers.human(v);
    }

    /** A node's value already written for people (a tensor), or the placeholder when the quiz hides it. */
    public String value(Node n, String shown) {
        return rule.value(n) ? PLACEHOLDER : shown;
    }
}
