package org.chainrule.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.KeyNames;
import org.chainrule.ops.Numbers;

/**
 * Backpropagation through time, totalled: a number shared by every time step (an edge weight, a bias, a
 * param) or read through a delayed edge (an init) collects one contribution per step as the backward
 * steps are written, each tagged with its step ({@code dy_2/du⟨2⟩ = … = −11}). Once the last one is in,
 * the total is written as their sum under the untagged name, {@code dy_2/du = −11 + (−9) = −20}, on the
 * last step that contributed. The total is the engine's own number for the key.
 */
final class Totals {
    /** More contributions than this are summed without listing them. */
    static final int MAX_LISTED = 8;

    private static final class Account {
        final String name;
        final StepQuantity of;
        final List<Double> parts = new ArrayList<>();
        double total;
        /** The contributions added up, the total when the caller has no number of its own for it. */
        double sum;
        boolean summed;
        List<String> lastDetails;
        /** The line that already is the whole answer when there is one contribution (an init read once). */
        String whole;

        Account(String name, StepQuantity of) {
            this.name = name;
            this.of = of;
        }
    }

    private final String of;
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    /** @param of the output as written on the left of every total ({@code y_2}) */
    Totals(String of) {
        this.of = of;
    }

    /**
     * Records a contribution to the quantity {@code id} (any string naming it uniquely), written {@code name},
     * a gradient of the quantity {@code of} (for the quiz's marks: {@link TaggedText}),
     * whose full gradient is {@code total} (NaN: the sum of its contributions, as in an unrolled graph, where
     * the folded key is spread over copies); {@code details} is the list of lines of the step it belongs to,
     * or null when the total is written only among the totals at the end.
     */
    void add(String id, String name, StepQuantity of, double part, double total, List<String> details) {
        Account a = accounts.computeIfAbsent(id, k -> new Account(name, of));
        a.parts.add(part);
        a.sum += part;
        a.summed = Double.isNaN(total);
        a.total = a.summed ? a.sum : total;
        if (details != null || a.lastDetails == null) a.lastDetails = details;
    }

    /** Marks {@code line} as the whole answer for {@code id} while it has one contribution. */
    void whole(String id, String line) {
        accounts.get(id).whole = line;
    }

    /**
     * Writes each total with more than one contribution after the last step that contributed to it;
     * returns them, with the lines that are whole answers on their own, in the order the keys were met.
     */
    List<String> writeTotals() {
        List<String> written = new ArrayList<>();
        for (Account a : accounts.values()) {
            if (a.parts.size() < 2) {
                if (a.whole != null) written.add(a.whole);
                continue;
            }
            String line = text(a);
            if (a.lastDetails != null) a.lastDetails.add(line);
            written.add(line);
        }
        return written;
    }

    private String text(Account a) {
        String lhs = KeyNames.total(of, a.name);
        if (a.parts.size() > MAX_LISTED) {
            return lhs + " = the sum of its " + a.parts.size() + " contributions over time = "
                    + TaggedText.mark(a.of, Numbers.human(a.total));
        }
        return ChainText.distinct(() -> lhs + " = " + ChainText.sum(a.parts, a.of) + " = " + ChainText.num(a.total, a.of));
    }
}
