package org.chainrule.ops.tensor;

import java.util.Arrays;

/** Shapes as int arrays: how they are written, compared and broadcast (as numpy broadcasts). */
public final class Shapes {
    private Shapes() {}

    public static final int[] SCALAR = new int[0];

    /** {@code [3, 2]}; a scalar is {@code []}. */
    public static String text(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? ", " : "").append(shape[i]);
        return sb.append(']').toString();
    }

    /** {@code [3, 2] and [2, 3]}. */
    public static String texts(int[][] shapes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shapes.length; i++) sb.append(i == 0 ? "" : " and ").append(text(shapes[i]));
        return sb.toString();
    }

    /** The index along each axis (0-based) of element k, row-major. */
    public static int[] index(int[] shape, int k) {
        int[] idx = new int[shape.length];
        for (int a = shape.length - 1; a >= 0; a--) {
            idx[a] = k % shape[a];
            k /= shape[a];
        }
        return idx;
    }

    /** Element k's place as people write it, 1-based: {@code [1,2]}. */
    public static String place(int[] shape, int k) {
        int[] idx = index(shape, k);
        StringBuilder sb = new StringBuilder("[");
        for (int a = 0; a < idx.length; a++) sb.append(a > 0 ? "," : "").append(idx[a] + 1);
        return sb.append(']').toString();
    }

    public static boolean same(int[] a, int[] b) { return Arrays.equals(a, b); }

    /**
     * The broadcast shape of all arguments: axes aligned on the right, each of size 1 or equal.
     *
     * @throws ShapeException naming both shapes that do not broadcast
     */
    public static int[] broadcast(String op, int[][] shapes) {
        int rank = 0;
        for (int[] s : shapes) rank = Math.max(rank, s.length);
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        for (int[] s : shapes) {
            for (int a = 0; a < s.length; a++) {
                int o = rank - s.length + a;
                if (s[a] == out[o] || s[a] == 1) continue;
                if (out[o] != 1) throw new ShapeException(op + " of " + texts(shapes) + " (they do not broadcast)");
                out[o] = s[a];
            }
        }
        return out;
    }

    /**
     * For each element of the broadcast shape {@code out}, the element of a tensor of shape {@code in}
     * that broadcasting reads there.
     */
    public static int[] broadcastIndex(int[] in, int[] out) {
        int n = Tensor.size(out);
        int[] map = new int[n];
        int rank = out.length;
        int[] inStride = new int[rank];
        int stride = 1;
        for (int a = in.length - 1; a >= 0; a--) {
            int o = rank - in.length + a;
            inStride[o] = in[a] == 1 ? 0 : stride;
            stride *= in[a];
        }
        int[] idx = new int[rank];
        for (int k = 0; k < n; k++) {
            int m = 0;
            for (int a = 0; a < rank; a++) m += idx[a] * inStride[a];
            map[k] = m;
            for (int a = rank - 1; a >= 0; a--) {
                if (++idx[a] < out[a]) break;
                idx[a] = 0;
            }
        }
        return map;
    }

    /** The axes of {@code out} over which a tensor of shape {@code in} is repeated by broadcasting. */
    public static String broadcastAxes(int[] in, int[] out) {
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o < out.length; o++) {
            int a = o - (out.length - in.length);
            boolean repeated = out[o] > 1 && (a < 0 || in[a] == 1);
            if (repeated) sb.append(sb.length() > 0 ? ", " : "").append(o);
        }
        return sb.toString();
    }
}
