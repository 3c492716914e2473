package org.chainrule.layout;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * Runs a piece of work on a thread of its own with a large stack and waits for it. ELK's layered
 * algorithm recurses along paths of the graph, so a long chain overflows the default stack of a few
 * hundred KB; the big stack is only reserved address space until it is used. Interrupting the waiting
 * thread interrupts the worker too and gives up waiting with a {@link CancellationException}.
 */
final class BigStack {
    /** Reserved for the worker's stack. */
    static final long STACK_BYTES = 512L << 20;

    private BigStack() {}

    static <T> T call(String name, Callable<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) { // an Error too: it is handed to the caller, never lost on this thread
                failure[0] = t;
            }
        }, name, STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new CancellationException(name + " cancelled");
        }
        Throwable t = failure[0];
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IllegalStateException(t);
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }
}
