package org.chainrule.ui;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dchainrule.timing=true}, prints to stderr when a graph's first complete frame is on
 * screen: milliseconds since the JVM started and since the open began (File ▸ Open or the command
 * line). The figures of docs/performance.md for opening big graphs in the editor come from it.
 */
public final class OpenTiming {
    private static final boolean ON = Boolean.getBoolean("chainrule.timing");
    private static long openedAt = System.nanoTime();
    private static Object reported;

    private OpenTiming() {}

    /** An open begins now. */
    public static void opening() { openedAt = System.nanoTime(); }

    /** A frame showing {@code nodes} nodes of {@code graph} was painted. */
    public static void painted(Object graph, int nodes, int graphNodes) {
        if (!ON || graph == reported || nodes == 0 || nodes != graphNodes) return;
        reported = graph;
        long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("chainrule timing: %d nodes on screen %d ms after JVM start, %d ms after the open began%n",
                nodes, sinceJvm, (System.nanoTime() - openedAt) / 1_000_000);
    }
}
