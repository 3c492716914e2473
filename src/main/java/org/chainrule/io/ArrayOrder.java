package org.chainrule.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.chainrule.engine.IdStore;

/**
 * Evaluation order of a graph held as argument arrays (compressed rows by target): Kahn's algorithm
 * over the delay-0 arguments, ties broken by file order, no recursion and no per-node objects.
 */
final class ArrayOrder {
    private ArrayOrder() {}

    /** Fills {@code order}; false when the delay-0 arguments contain a cycle. */
    static boolean fill(int n, int[] argStart, int[] argSource, int[] argDelay, int[] order) {
        return orderInto(n, argStart, argSource, argDelay, order) == n;
    }

    /**
     * Writes the nodes that can be ordered into {@code order}; returns how many (n unless cycles). Among
     * the nodes ready at a time the one first in the file goes first, as in the engine's
     * {@code EvaluationOrder}, so that gradients are summed in the same order and come out the same to
     * the last bit whichever loader read the file.
     */
    private static int orderInto(int n, int[] argStart, int[] argSource, int[] argDelay, int[] order) {
        if (fileOrderIsTopological(n, argStart, argSource, argDelay)) {
            // then "first ready in file order" is the file order itself: no queue needed
            for (int i = 0; i < n; i++) order[i] = i;
            return n;
        }
        int[] waiting = new int[n];
        int[] userCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int s = argStart[i]; s < argStart[i + 1]; s++) {
                if (argDelay[s] != 0) continue;
                waiting[i]++;
                userCount[argSource[s] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) userCount[i + 1] += userCount[i];
        int[] users = new int[userCount[n]];
        int[] fill = userCount.clone();
        for (int i = 0; i < n; i++) {
            for (int s = argStart[i]; s < argStart[i + 1]; s++) {
                if (argDelay[s] == 0) users[fill[argSource[s]]++] = i;
            }
        }
        fill = null;
        IntHeap ready = new IntHeap(n);
        for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.push(i);
        int count = 0;
        while (!ready.isEmpty()) {
            int v = ready.pop();
            order[count++] = v;
            for (int u = userCount[v]; u < userCount[v + 1]; u++) {
                int w = users[u];
                if (--waiting[w] == 0) ready.push(w);
            }
        }
        return count;
    }

    private static boolean fileOrderIsTopological(int n, int[] argStart, int[] argSource, int[] argDelay) {
        for (int i = 0; i < n; i++) {
            for (int s = argStart[i]; s < argStart[i + 1]; s++) {
                if (argDelay[s] == 0 && argSource[s] >= i) return false;
            }
        }
        return true;
    }

    /** A binary min-heap of node indices. */
    private static final class IntHeap {
        private final int[] a;
        private int size;

        IntHeap(int capacity) { a = new int[Math.max(1, capacity)]; }

        boolean isEmpty() { return size == 0; }

        void push(int v) {
            int k = size++;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (a[parent] <= v) break;
                a[k] = a[parent];
                k = parent;
            }
            a[k] = v;
        }

        int pop() {
            int top = a[0];
            int v = a[--size];
            int k = 0;
            while (true) {
                int child = 2 * k + 1;
                if (child >= size) break;
                if (child + 1 < size && a[child + 1] < a[child]) child++;
                if (v <= a[child]) break;
                a[k] = a[child];
                k = child;
            }
            a[k] = v;
            return top;
        }
    }

    /**
     * One cycle of delay-0 arguments in edge direction (first node not repeated), found by walking from
     * a node left over by {@link #fill} to a left-over argument until a node repeats.
     */
    static List<String> cycle(int n, int[] argStart, int[] argSource, int[] argDelay, IdStore ids) {
        int[] order = new int[n];
        int ordered = orderInto(n, argStart, argSource, argDelay, order);
        boolean[] done = new boolean[n];
        for (int q = 0; q < ordered; q++) done[order[q]] = true;
        int start = -1;
        for (int i = 0; i < n && start < 0; i++) if (!done[i]) start = i;
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int v = start;
        while (seenAt[v] < 0) {
            seenAt[v] = walk.size();
            walk.add(v);
            int next = -1;
            for (int s = argStart[v]; s < argStart[v + 1] && next < 0; s++) {
                if (argDelay[s] == 0 && !done[argSource[s]]) next = argSource[s];
            }
            v = next;
        }
        // the walk goes against the edges (node → its argument): reverse for edge direction
        List<Integer> loop = new ArrayList<>(walk.subList(seenAt[v], walk.size()));
        Collections.reverse(loop);
        // start at the node first in the file, as the engine's validator does, for a stable message
        Collections.rotate(loop, -loop.indexOf(Collections.min(loop)));
        List<String> out = new ArrayList<>(loop.size());
        for (int i : loop) out.add(ids.id(i));
        return out;
    }
}
