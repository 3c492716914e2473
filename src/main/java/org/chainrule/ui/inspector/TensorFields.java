package org.chainrule.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.draw.TensorNotes;
import org.chainrule.edit.Property;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ui.EditorViewModel;

/**
 * The inspector's rows for a source's shape and a tensor's numbers: the shape as text ({@code 2×3},
 * {@code 3}, empty for a number), and a matrix or vector as a grid of numbers, each grid edit one undo
 * step. A cell that is not a number is refused, naming its row and column.
 */
final class TensorFields {
    private TensorFields() {}

    /** The shape of a source: changing it keeps the numbers that still fit and fills the rest with 0. */
    static Field shape(EditorViewModel vm, Node n) {
        return new Field("shape", "Node", Field.Kind.TEXT, List.of(),
                "Rows×columns of a matrix (2×3), the length of a vector (3); empty: a number",
                () -> n.isTensorSource() ? TensorNotes.dims(n.shape()) : "", v -> {
                    int[] shape;
                    try {
                        shape = parseShape((String) v);
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                    Tensor now = current(n);
                    if (shape.length == 0) {
                        vm.set(Property.tensor(n), null);
                        return null;
                    }
                    vm.set(Property.tensor(n), resized(now, shape));
                    return null;
                });
    }

    /** A tensor source's numbers as a grid of rows × columns (a vector: one row). */
    static Field grid(EditorViewModel vm, Node n) {
        return new Field("value", "Node", Field.Kind.GRID, List.of(), "The numbers of the tensor, row by row",
                () -> n.tensors().get(0), v -> {
                    @SuppressWarnings("unchecked")
                    List<List<String>> cells = (List<List<String>>) v;
                    Tensor now = n.tensors().get(0);
                    double[] d = new double[now.size()];
                    int cols = now.rank() == 1 ? now.size() : now.shape()[1];
                    for (int r = 0; r < cells.size(); r++) {
                        for (int c = 0; c < cells.get(r).size(); c++) {
                            String s = cells.get(r).get(c);
                            Double x = InspectorFields.parseDouble(s);
                            if (x == null) return "row " + (r + 1) + ", column " + (c + 1) + ": '" + s.strip() + "' is not a number";
                            d[r * cols + c] = x;
                        }
                    }
                    vm.set(Property.tensor(n), Tensor.of(now.shape(), d));
                    return null;
                });
    }

    /** Whether the grid can show the node's value: one matrix or vector for every step. */
    static boolean fitsGrid(Node n) {
        return n.isTensorSource() && n.tensors() != null && n.tensors().size() == 1 && n.shape().length <= 2;
    }

    /** The cells of a tensor as the grid shows them: rows of numbers (a vector is one row). */
    static List<List<String>> cells(Tensor t) {
        int rows = t.rank() == 2 ? t.shape()[0] : 1;
        int cols = t.size() / Math.max(1, rows);
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) row.add(Numbers.exact(t.at(r * cols + c)).replaceAll("\\.0$", ""));
            out.add(row);
        }
        return out;
    }

    /** {@code 2×3}, {@code 2x3}, {@code 2, 3}, {@code [2, 3]}, {@code 3}; empty for a number. */
    static int[] parseShape(String s) {
        String t = s.strip().replace("[", "").replace("]", "");
        if (t.isEmpty()) return new int[0];
        String[] parts = t.split("\\s*[×x*,]\\s*|\\s+");
        if (parts.length > 2) throw new IllegalArgumentException("the inspector edits vectors and matrices: at most 2 sizes, not " + parts.length);
        int[] shape = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                shape[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a size (write 2×3, or 3 for a vector)");
            }
            if (shape[i] < 1 || shape[i] > 64) throw new IllegalArgumentException("a size is 1 to 64, not " + shape[i]);
        }
        return shape;
    }

    /** The node's value as a tensor: its tensor, or its number as a scalar. */
    private static Tensor current(Node n) {
        if (n.isTensorSource()) return n.tensorAt(1);
        return Tensor.scalar(n.values() == null || n.values().isEmpty() ? 0 : n.values().get(0));
    }

    /** {@code from}'s numbers at the same row and column in a tensor of {@code shape}, 0 elsewhere. */
    static Tensor resized(Tensor from, int[] shape) {
        int[] fs = from.isScalar() ? new int[] {1, 1} : from.rank() == 1 ? new int[] {1, from.shape()[0]} : from.shape();
        int[] ts = shape.length == 1 ? new int[] {1, shape[0]} : shape;
        double[] d = new double[Tensor.size(shape)];
        for (int r = 0; r < Math.min(fs[0], ts[0]); r++) {
            for (int c = 0; c < Math.min(fs[1], ts[1]); c++) d[r * ts[1] + c] = from.at(r * fs[1] + c);
        }
        return Tensor.of(shape, d);
    }
}
