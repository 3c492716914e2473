package org.chainrule.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs the editor's long work (opening and laying out a big graph, evaluating it, building its drawing,
 * a gradient check, an export) as a {@link Task} on a worker thread, one job at a time per instance: a new
 * job cancels the one before. The result is handed to the FX thread only if no newer job was started
 * since (a generation counter), so results that arrive out of order never overwrite newer ones. A
 * cancelled job applies nothing. Any failure, an {@link Error} such as {@code StackOverflowError} or
 * {@code OutOfMemoryError} included, goes to {@link #setOnError} as one line and never escapes on a
 * thread.
 *
 * <p>The properties (running, progress from 0 to 1 or −1 while unknown, the phase) feed the status
 * bar's progress bar and its Cancel button.
 */
public final class BackgroundWork {
    /** The work itself, run off the FX thread; reports how far it has come. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** Told a fraction from 0 to 1 (negative: unknown) and the phase. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (f, phase) -> { };

        void report(double fraction, String phase);
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private BiConsumer<String, String> onError = (what, why) -> { };
    private Consumer<String> onMessage = m -> { };
    private Task<?> current;
    private String currentTitle = "";
    private long generation;

    /** Whether a job is running. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** "Opening big.json: reducing crossings". */
    public ReadOnlyStringProperty phaseProperty() { return phase.getReadOnlyProperty(); }

    /** Called on the FX thread with what failed ("Cannot open big.json") and why, in one line. */
    public void setOnError(BiConsumer<String, String> handler) { onError = handler; }

    /** Called on the FX thread with a line for the status bar ("Opening big.json cancelled"). */
    public void setOnMessage(Consumer<String> handler) { onMessage = handler; }

    /** How many jobs were started; a result is applied only by the job of the current generation. */
    public long generation() { return generation; }

    /**
     * Starts {@code job} on a worker thread (cancelling the running one); {@code apply} gets its result on
     * the FX thread unless another job was started meanwhile. {@code failure} names the work in an error.
     */
    public <T> void start(String title, String failure, Job<T> job, Consumer<T> apply) {
        long gen = ++generation; // first: the job it replaces is cancelled without a word
        stop();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                String[] said = {null};
                return job.run((f, p) -> {
                    updateProgress(f < 0 ? -1 : f, 1);
                    String line = p == null ? title : title + ": " + p;
                    // each new phase reaches the status bar in order (updateMessage would keep only the
                    // last one of a fast job); the fraction may be coalesced
                    if (!line.equals(said[0])) {
                        said[0] = line;
                        javafx.application.Platform.runLater(() -> { if (gen == generation) phase.set(line); });
                    }
                });
            }
        };
        current = task;
        currentTitle = title;
        running.set(true);
        progress.set(-1);
        phase.set(title);
        task.progressProperty().addListener((o, a, b) -> { if (gen == generation) progress.set(b.doubleValue()); });
        task.setOnSucceeded(e -> {
            if (gen != generation) return;
            done();
            try {
                apply.accept(task.getValue());
            } catch (RuntimeException | Error ex) {
                onError.accept(failure, describe(ex));
            }
        });
        task.setOnFailed(e -> {
            if (gen != generation) return;
            done();
            onError.accept(failure, describe(task.getException()));
        });
        task.setOnCancelled(e -> {
            if (gen != generation) return;
            done();
        });
        Thread t = new Thread(task, "chainrule " + title);
        t.setDaemon(true);
        t.start();
    }

    /** Runs {@code job} here and now (small graphs, where a thread would only make things less predictable). */
    public <T> void runNow(String failure, Job<T> job, Consumer<T> apply) {
        generation++;
        stop();
        try {
            apply.accept(job.run(Progress.NONE));
        } catch (Exception | Error ex) {
            onError.accept(failure, describe(ex));
        }
    }

    /**
     * Stops the running job, if any (the Cancel button). Nothing of it is applied, even when it had just
     * finished and its result was on its way to the FX thread.
     */
    public void cancel() {
        if (!running.get()) return;
        generation++;
        String title = currentTitle;
        stop();
        onMessage.accept(title + " cancelled");
    }

    private void stop() {
        Task<?> t = current;
        if (t != null && t.isRunning()) t.cancel(true);
        if (running.get()) done();
    }

    private void done() {
        current = null;
        running.set(false);
        progress.set(-1);
        phase.set("");
    }

    /** One line: the exception's message, or what an Error means for the user. */
    public static String describe(Throwable t) {
        if (t instanceof StackOverflowError) return "the graph is too deep for this operation (stack overflow)";
        if (t instanceof OutOfMemoryError) return "not enough memory for a graph this size";
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
