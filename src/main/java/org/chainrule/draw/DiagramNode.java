package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ops.OpGroup;

/**
 * One node as drawn: its shape centred on ({@code x}, {@code y}) with {@code width} × {@code height}
 * (a circle's diameter is its width), fill by {@code group}, and its texts: the {@code title} (the rich
 * label) and optional {@code symbol} inside the shape, and on a tensor graph the node's shape {@code dims}
 * ({@code 2×3}) under them; below it {@code caption} (a neuron's bias),
 * {@code value} (forward colour) and {@code grad} (backward colour), any of which may be null, then
 * {@code extras}, one line per trainable key the node holds (a bias's, an init's gradient).
 * {@code styleClasses} name the same states for CSS: {@code node}, {@code op-mul}, {@code group-inputs},
 * {@code output}, {@code highlighted}, {@code dimmed}.
 */
public record DiagramNode(
        String id, ShapeKind shape, OpGroup group, double x, double y, double width, double height,
        PlacedText title, PlacedText symbol, PlacedText dims, PlacedText caption, PlacedText value, PlacedText grad,
        List<PlacedText> extras, boolean output, boolean highlighted, boolean dimmed, List<String> styleClasses) {

    public DiagramNode {
        extras = List.copyOf(extras);
        styleClasses = List.copyOf(styleClasses);
    }

    /** The box of the shape. */
    public Rect bounds() { return Rect.centred(x, y, width, height); }

    public Point centre() { return new Point(x, y); }

    /** Every text of the node that is present, title first. */
    public List<PlacedText> texts() {
        List<PlacedText> t = new ArrayList<>();
        for (PlacedText p : new PlacedText[] {title, symbol, dims, caption, value, grad}) if (p != null) t.add(p);
        t.addAll(extras);
        return t;
    }

    /** Whether a text of this node is drawn inside its shape (the title, the symbol, the shape). */
    public boolean inside(PlacedText t) { return t != null && (t == title || t == symbol || t == dims); }
}
