package org.chainrule.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Set;
import javafx.scene.paint.Color;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.DiagramNode;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ops.OpGroup;
import org.junit.jupiter.api.Test;

/** A big graph zoomed far out is sketched into pixels: every node shows, the selection in its colour, the rest blank. */
class RasterSketchTest {
    private static final Color BG = Color.WHITE, STROKE = Color.BLACK, SEL = Color.BLUE;

    private static RasterSketch.Inks inks() {
        Color[] fills = new Color[OpGroup.values().length];
        java.util.Arrays.fill(fills, Color.LIGHTGREEN);
        return new RasterSketch.Inks(BG, STROKE, fills, SEL, Color.ORANGE, Color.RED, 0.3);
    }

    @Test
    void aZoomedOutBigGraphIsASketchWithEveryNodeAndTheSelectionInItsColour() throws Exception {
        StringWriter json = new StringWriter();
        new RandomLayeredGraph(400, 1).write(json);
        Graph g = GraphFile.parse(json.toString(), "sketch.json");
        Diagram d = DiagramBuilder.build(g, Annotations.none());
        double zoom = 0.1;
        assertTrue(RasterSketch.applies(d, zoom, false));
        assertFalse(RasterSketch.applies(d, 1, false), "at zoom 1 the shapes are drawn");
        DiagramNode chosen = d.nodes().get(d.nodes().size() / 2);
        int w = (int) Math.ceil(d.bounds().right() * zoom) + 2, h = (int) Math.ceil(d.bounds().bottom() * zoom) + 2;
        int[] px = new RasterSketch().render(d, w, h, zoom, 0, 0, inks(),
                new DiagramPainter.Marks(Set.of(chosen.id()), Set.of(), Set.of(), false), id -> true, e -> true);
        int bg = RasterSketch.argb(BG, 1, BG);
        for (DiagramNode n : d.nodes()) {
            int x = (int) (n.x() * zoom), y = (int) (n.y() * zoom);
            assertNotEquals(bg, px[y * w + x], "node " + n.id() + " shows at (" + x + ", " + y + ")");
        }
        int sel = RasterSketch.argb(SEL, 1, BG), selected = 0, blank = 0;
        for (int p : px) {
            if (p == sel) selected++;
            if (p == bg) blank++;
        }
        assertTrue(selected >= 8, "the selected node's outline: " + selected + " px");
        assertTrue(blank > px.length / 2, "most of a zoomed-out picture is blank: " + blank + " of " + px.length);
    }
}
