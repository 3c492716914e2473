package org.chainrule.layout;

/**
 * Told how far a layout has come, as a fraction from 0 to 1 with the phase it is in. A layout run on a
 * worker thread checks that thread's interrupt flag between its phases and stops with a
 * {@link java.util.concurrent.CancellationException} when it is set, leaving the graph untouched.
 */
@FunctionalInterface
public interface LayoutProgress {
    /** Ignores every report. */
    LayoutProgress NONE = (fraction, phase) -> { };

    void report(double fraction, String phase);

    /** Throws {@link java.util.concurrent.CancellationException} when the current thread was interrupted. */
    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("layout cancelled");
    }
}
