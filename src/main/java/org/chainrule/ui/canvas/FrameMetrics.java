package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** How many frames the canvas painted and how long they took on the JavaFX thread; who wants to hear of each. */
final class FrameMetrics {
    private long frames;
    private long paintNanos;
    private final List<Consumer<Long>> listeners = new ArrayList<>();

    /** A frame took {@code nanos} and was painted at pulse time {@code now}. */
    void painted(long now, long nanos) {
        paintNanos += nanos;
        frames++;
        for (Consumer<Long> l : List.copyOf(listeners)) l.accept(now);
    }

    long frames() { return frames; }

    long paintNanos() { return paintNanos; }

    void addListener(Consumer<Long> l) { listeners.add(l); }
}
