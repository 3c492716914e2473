package org.chainrule.draw;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A uniform grid over diagram coordinates: which rectangles (by index) and which points may touch a
 * query rectangle. It lets {@link LabelPlacer} look only at what is near a candidate text instead of
 * at every node, text and line sample of the graph (quadratic: minutes for 2,000 nodes).
 */
final class SpatialGrid {
    /** Cell side in pixels: about a node box, a few texts. */
    private static final double CELL = 48;

    private final Map<Long, int[]> rects = new HashMap<>();   // cell -> [count, id, id, ...]
    private final Map<Long, Points> points = new HashMap<>();

    /** The points of one cell and the line each belongs to. */
    private static final class Points {
        Point[] at = new Point[8];
        int[] owner = new int[8];
        int n;

        void add(int o, Point p) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
                owner = Arrays.copyOf(owner, n * 2);
            }
            at[n] = p;
            owner[n++] = o;
        }
    }

    /** One number per cell; scrambled by a bijection so that Long's hash (high ^ low half) spreads. */
    private static long key(long cx, long cy) {
        long k = (cx << 32) | (cy & 0xffffffffL);
        k *= 0x9E3779B97F4A7C15L;
        return k ^ (k >>> 31);
    }

    private static long cell(double v) { return (long) Math.floor(v / CELL); }

    /** Registers rectangle {@code id}; ids must be added in increasing order. */
    void add(int id, Rect r) {
        for (long cx = cell(r.x()); cx <= cell(r.right()); cx++) {
            for (long cy = cell(r.y()); cy <= cell(r.bottom()); cy++) {
                int[] a = rects.get(key(cx, cy));
                if (a == null) a = new int[5];
                else if (a[0] + 1 == a.length) a = Arrays.copyOf(a, a.length * 2);
                a[++a[0]] = id;
                rects.put(key(cx, cy), a);
            }
        }
    }

    /** Removes rectangle {@code id}, the last one added with this {@code r}. */
    void removeLast(int id, Rect r) {
        for (long cx = cell(r.x()); cx <= cell(r.right()); cx++) {
            for (long cy = cell(r.y()); cy <= cell(r.bottom()); cy++) {
                int[] a = rects.get(key(cx, cy));
                if (a != null && a[0] > 0 && a[a[0]] == id) a[0]--;
            }
        }
    }

    /** Ids of the rectangles sharing a cell with {@code r}, ascending, each once. */
    int[] near(Rect r) {
        int[] out = new int[8];
        int n = 0;
        for (long cx = cell(r.x()); cx <= cell(r.right()); cx++) {
            for (long cy = cell(r.y()); cy <= cell(r.bottom()); cy++) {
                int[] a = rects.get(key(cx, cy));
                if (a == null) continue;
                for (int k = 1; k <= a[0]; k++) {
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = a[k];
                }
            }
        }
        Arrays.sort(out, 0, n);
        int u = 0;
        for (int k = 0; k < n; k++) if (u == 0 || out[u - 1] != out[k]) out[u++] = out[k];
        return Arrays.copyOf(out, u);
    }

    /** Registers a sample point of line {@code owner}. */
    void addPoint(int owner, Point p) {
        Long k = key(cell(p.x()), cell(p.y()));
        Points ps = points.get(k);
        if (ps == null) points.put(k, ps = new Points());
        ps.add(owner, p);
    }

    /** How many registered points of lines other than {@code except} lie in {@code r} (edges included). */
    int pointsIn(Rect r, int except) {
        int count = 0;
        for (long cx = cell(r.x()); cx <= cell(r.right()); cx++) {
            for (long cy = cell(r.y()); cy <= cell(r.bottom()); cy++) {
                Points ps = points.get(key(cx, cy));
                if (ps == null) continue;
                for (int k = 0; k < ps.n; k++) {
                    if (ps.owner[k] != except && r.contains(ps.at[k])) count++;
                }
            }
        }
        return count;
    }
}
