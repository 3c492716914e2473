package org.chainrule.ops.tensor;

import org.chainrule.ops.Numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A tensor value: a shape (empty for a scalar, {@code [n]} for a vector, {@code [m, n]} for a matrix)
 * and its elements in row-major order. Immutable once made: the arrays are not handed out for change.
 */
public final class Tensor {
    private static final int[] SCALAR = new int[0];
    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /** A tensor of this shape over these elements (both kept, not copied). */
    public static Tensor of(int[] shape, double[] data) {
        if (data.length != size(shape)) {
            throw new IllegalArgumentException(data.length + " numbers do not fill the shape " + Shapes.text(shape));
        }
        return new Tensor(shape, data);
    }

    public static Tensor scalar(double v) { return new Tensor(SCALAR, new double[] {v}); }

    public static Tensor zeros(int[] shape) { return new Tensor(shape, new double[size(shape)]); }

    /** A vector of these numbers. */
    public static Tensor vector(double... v) { return new Tensor(new int[] {v.length}, v); }

    /** The number of elements of a shape (1 for a scalar). */
    public static int size(int[] shape) {
        int s = 1;
        for (int d : shape) s *= d;
        return s;
    }

    /** The shape (not copied: do not change). */
    public int[] shape() { return shape; }

    public int rank() { return shape.length; }

    public int size() { return data.length; }

    public boolean isScalar() { return shape.length == 0; }

    /** Element k in row-major order. */
    public double at(int k) { return data[k]; }

    /** The elements in row-major order (not copied: do not change). */
    public double[] data() { return data; }

    /** The elements as a fresh array. */
    public double[] copyData() { return data.clone(); }

    /** The Euclidean norm of all elements. */
    public double norm() {
        double s = 0;
        for (double v : data) s += v * v;
        return Math.sqrt(s);
    }

    public Tensor map(DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) out[k] = f.applyAsDouble(data[k]);
        return new Tensor(shape, out);
    }

    /** The elements as nested lists of the shape (a scalar is a Double), as files and JSON write them. */
    public Object toNested() {
        if (isScalar()) return data[0];
        return nested(0, 0);
    }

    private List<Object> nested(int axis, int start) {
        int stride = 1;
        for (int a = axis + 1; a < shape.length; a++) stride *= shape[a];
        List<Object> out = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            int at = start + i * stride;
            out.add(axis == shape.length - 1 ? (Object) data[at] : nested(axis + 1, at));
        }
        return out;
    }

    /**
     * Reads nested lists of numbers (a number is a scalar) into a tensor.
     *
     * @throws IllegalArgumentException naming the first place where the nesting is ragged or not a number
     */
    public static Tensor fromNested(Object nested) {
        List<Integer> dims = new ArrayList<>();
        Object o = nested;
        while (o instanceof List) {
            List<?> l = (List<?>) o;
            dims.add(l.size());
            if (l.isEmpty()) throw new IllegalArgumentException("an empty list");
            o = l.get(0);
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        double[] data = new double[size(shape)];
        fill(nested, shape, 0, data, new int[] {0}, "");
        return new Tensor(shape, data);
    }

    private static void fill(Object o, int[] shape, int axis, double[] data, int[] next, String where) {
        if (axis == shape.length) {
            if (!(o instanceof Number)) throw new IllegalArgumentException("expected a number at " + place(where) + ", found " + o);
            data[next[0]++] = ((Number) o).doubleValue();
            return;
        }
        if (!(o instanceof List) || ((List<?>) o).size() != shape[axis]) {
            throw new IllegalArgumentException("the lists are ragged at " + place(where) + ": expected "
                    + shape[axis] + " entries, found " + (o instanceof List ? ((List<?>) o).size() + " entries" : o));
        }
        List<?> l = (List<?>) o;
        for (int i = 0; i < l.size(); i++) fill(l.get(i), shape, axis + 1, data, next, where + "[" + i + "]");
    }

    private static String place(String where) { return where.isEmpty() ? "the top" : where; }

    /** Writes the tensor for people: {@code [9, −2, 5]}, {@code [[1, 2], [3, 4]]}; a scalar as its number. */
    public String format() {
        if (isScalar()) return Numbers.human(data[0]);
        StringBuilder sb = new StringBuilder();
        format(sb, 0, 0);
        return sb.toString();
    }

    private void format(StringBuilder sb, int axis, int start) {
        int stride = 1;
        for (int a = axis + 1; a < shape.length; a++) stride *= shape[a];
        sb.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) sb.append(", ");
            int at = start + i * stride;
            if (axis == shape.length - 1) sb.append(Numbers.human(data[at]));
            else format(sb, axis + 1, at);
        }
        sb.append(']');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor && Arrays.equals(shape, ((Tensor) o).shape) && Arrays.equals(data, ((Tensor) o).data);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data); }

    @Override
    public String toString() { return format(); }
}
