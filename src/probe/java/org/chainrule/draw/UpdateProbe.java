package org.chainrule.draw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.chainrule.ui.canvas.EditorAnnotations;

/**
 * The editor's redraw after an edit without a window, for profiling {@link Drawing#update} (with
 * {@code -Dchainrule.timing=true} it prints each update's phases): {@code java -cp target/chainrule.jar
 * org.chainrule.draw.UpdateProbe FILE EDITS move|value}. Lays FILE out, draws it whole, then makes EDITS
 * edits (move: a node in the middle 30 px to the right; value: an input's value + 0.25) and prints for
 * each the evaluation, the values written as texts and the update, in milliseconds.
 */
public final class UpdateProbe {
    private UpdateProbe() {}

    public static void main(String[] args) {
        Graph g = GraphFile.read(Path.of(args[0]));
        int edits = Integer.parseInt(args[1]);
        boolean move = args[2].equals("move");
        LayeredLayout.apply(g);
        EditorAnnotations.Values first = EditorAnnotations.values(g, Engine.evaluate(g), EditorAnnotations.Written.NONE);
        Drawing d = Drawing.of(g, first.annotations());
        EditorAnnotations.Written written = first.written();
        List<Node> nodes = new ArrayList<>(g.nodes());
        List<Node> inputs = nodes.stream().filter(n -> n.op() == Op.INPUT).toList();
        for (int i = 0; i < edits; i++) {
            if (move) {
                Node n = nodes.get((nodes.size() / 2 + i) % nodes.size());
                n.setPosition(n.x() + 30, n.y());
            } else {
                Node n = inputs.get(inputs.size() / 2 + i % (inputs.size() / 2));
                n.setValue(n.values().get(0) + 0.25);
            }
            long t0 = System.nanoTime();
            Evaluation ev = Engine.evaluate(g);
            long t1 = System.nanoTime();
            // as the editor does: the texts of unchanged values are taken from the drawing before
            EditorAnnotations.Values values = EditorAnnotations.values(g, ev, written);
            written = values.written();
            Annotations notes = values.annotations();
            long t2 = System.nanoTime();
            d = d.update(g, notes);
            long t3 = System.nanoTime();
            System.out.printf("evaluate %.1f values as texts %.1f update %.1f, together %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                    (t3 - t2) / 1e6, (t3 - t0) / 1e6);
        }
    }
}
