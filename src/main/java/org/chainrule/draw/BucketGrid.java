package org.chainrule.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Integer ids of boxes in square buckets, so "what lies near this box" costs a few buckets instead
 * of a pass over everything (label placement and edge routing on graphs of thousands of nodes).
 * {@link #near} returns ids in increasing order, so callers that sum over the hits add the same
 * terms in the same order as a pass over all items would (items elsewhere only add zeros).
 */
final class BucketGrid {
    private static final double CELL = 64;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    // unique for |cy| < 500,000 cells, and spread in the low bits (Long.hashCode folds the halves, so
    // cx << 32 | cy would put every diagonal in one hash bucket)
    private static long key(int cx, int cy) { return cx * 1_000_003L + cy; }

    private static int cell(double v) { return (int) Math.floor(v / CELL); }

    /** Files {@code id} under every bucket its box touches. */
    void add(int id, Rect box) {
        for (int cx = cell(box.x()); cx <= cell(box.right()); cx++) {
            for (int cy = cell(box.y()); cy <= cell(box.bottom()); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(id);
            }
        }
    }

    /** Files {@code id} under the bucket of one point. */
    void add(int id, Point p) { add(id, new Rect(p.x(), p.y(), 0, 0)); }

    /** Removes {@code id} (filed with {@code box}) again. */
    void remove(int id, Rect box) {
        for (int cx = cell(box.x()); cx <= cell(box.right()); cx++) {
            for (int cy = cell(box.y()); cy <= cell(box.bottom()); cy++) {
                List<Integer> l = cells.get(key(cx, cy));
                if (l != null) l.remove(Integer.valueOf(id));
            }
        }
    }

    /** Distinct ids filed in the buckets {@code box} touches, in increasing order. */
    int[] near(Rect box) {
        int[] out = new int[16];
        int n = 0;
        for (int cx = cell(box.x()); cx <= cell(box.right()); cx++) {
            for (int cy = cell(box.y()); cy <= cell(box.bottom()); cy++) {
                List<Integer> l = cells.get(key(cx, cy));
                if (l == null) continue;
                for (int id : l) {
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = id;
                }
            }
        }
        Arrays.sort(out, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || out[m - 1] != out[i]) out[m++] = out[i];
        return Arrays.copyOf(out, m);
    }
}
