package org.chainrule.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.GraphException;
import org.chainrule.engine.Validator;
import org.chainrule.model.Graph;

/** The problems of the open graph and its evaluation, found again after every change of its content. */
final class GraphChecks {
    private final int backgroundNodes;
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final BackgroundWork evaluations = new BackgroundWork();

    /** Graphs with more than {@code backgroundNodes} nodes are checked on a worker thread. */
    GraphChecks(int backgroundNodes) { this.backgroundNodes = backgroundNodes; }

    /** The latest evaluation (null while the graph is invalid, or while a big graph is evaluated). */
    ReadOnlyObjectProperty<Evaluation> evaluationProperty() { return evaluation.getReadOnlyProperty(); }

    ObservableList<Diagnostic> problems() { return problems; }

    /** Evaluations of big graphs (the newest wins). */
    BackgroundWork work() { return evaluations; }

    /**
     * Validates and evaluates the graph; an invalid graph leaves the evaluation null and lists its
     * problems; a graph that evaluates to numbers that are not finite keeps its evaluation and lists
     * where they start. A big graph is evaluated on a worker thread: until its result arrives the evaluation is
     * null (the old one would not know new nodes). The worker reads the graph as it is; when the graph is
     * edited meanwhile, the edit starts a newer evaluation and the older result is never applied.
     */
    void recheck(Graph g) {
        if (g.nodeCount() <= backgroundNodes) {
            evaluations.runNow("Cannot evaluate", p -> check(g), this::show);
            return;
        }
        evaluation.set(null);
        evaluations.start("Evaluating " + g.nodeCount() + " nodes", "Cannot evaluate", p -> check(g), this::show);
    }

    /** The problems found and, when there are none, the evaluation. */
    private static final boolean TIMING = Boolean.getBoolean("chainrule.timing");

    private record Checked(List<Diagnostic> problems, Evaluation evaluation) {}

    private static Checked check(Graph g) {
        if (g.nodeCount() == 0) return new Checked(List.of(), null);
        long t0 = System.nanoTime();
        try {
            // the engine validates as it compiles: an invalid graph throws with all of its problems
            Evaluation ev = Engine.evaluate(g);
            // numbers that are not finite (1/0, log 0) keep the evaluation and are listed where they start
            return new Checked(Validator.numbers(ev), ev);
        } catch (GraphException ex) {
            return new Checked(ex.diagnostics(), null);
        } catch (RuntimeException ex) {
            return new Checked(List.of(new Diagnostic(String.valueOf(ex.getMessage()), List.of())), null);
        } finally {
            if (TIMING) System.err.printf("check %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        }
    }

    private void show(Checked c) {
        problems.setAll(c.problems());
        evaluation.set(c.evaluation());
    }
}
