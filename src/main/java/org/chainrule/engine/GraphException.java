package org.chainrule.engine;

import java.util.List;

/** The graph cannot be evaluated; the message is the first problem in one line. */
public class GraphException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public GraphException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public GraphException(String message) {
        this(List.of(new Diagnostic(message, List.of())));
    }

    /** Every problem found. */
    public List<Diagnostic> diagnostics() { return diagnostics; }

    private static String summary(List<Diagnostic> ds) {
        if (ds.isEmpty()) return "invalid graph";
        int more = ds.size() - 1;
        return ds.get(0).message() + (more == 0 ? "" : " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")");
    }
}
