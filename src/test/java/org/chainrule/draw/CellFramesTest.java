package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.export.PngExporter;
import org.chainrule.draw.export.SvgExporter;
import org.chainrule.draw.export.TikzExporter;
import org.chainrule.model.FunctionExpansion;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/**
 * The nodes of one use of a cell are drawn as one block: a frame around them named after the function,
 * in every back end; a frame follows its nodes when they move, and expanding the cell takes it away.
 */
class CellFramesTest {
    @Test
    void theTwoOutputsOfTheLstmCellAreFramedAsOneBlock() {
        Graph g = ShippedGraphs.read("tum-p10c-lstm-cell.json");
        Diagram d = DiagramBuilder.build(g, Annotations.none());
        assertEquals(1, d.frames().size());
        DiagramFrame f = d.frames().get(0);
        assertEquals(List.of("h", "c"), f.members());
        assertEquals("lstm", f.label().text().source());
        for (String id : f.members()) {
            Rect b = d.node(id).bounds();
            assertTrue(f.box().x() < b.x() && f.box().right() > b.right() && f.box().y() < b.y() && f.box().bottom() > b.bottom(), id);
        }
        assertTrue(!f.box().contains(d.node("x").centre()), "the input stays outside");
        assertTrue(d.bounds().x() <= f.box().x() && d.bounds().bottom() >= f.box().bottom(), "the picture holds the frame");
        assertEquals("lstm.h2", d.node("h").symbol().text().source());
        String svg = new SvgExporter(Theme.standard()).svg(d, false);
        assertTrue(svg.contains("class=\"cell-frame\"") && svg.contains(">lstm</tspan>"), "SVG draws the frame and its name");
        assertTrue(new TikzExporter(Theme.standard()).picture(d).contains("dash pattern=on 3.75pt off 2.25pt, rounded corners"),
                "TikZ draws the dashed frame");
        // the PNG: the frame's left side is a dashed line, more than a third of it inked
        java.awt.image.BufferedImage img = new PngExporter(Theme.standard()).image(d, 1, false);
        int x = (int) Math.round(f.box().x() - d.bounds().x()), inked = 0, y0 = (int) (f.box().y() - d.bounds().y()) + 8;
        int y1 = (int) (f.box().bottom() - d.bounds().y()) - 8, background = img.getRGB(1, 1);
        for (int y = y0; y < y1; y++) {
            boolean any = false;
            for (int dx = -1; dx <= 1; dx++) any |= img.getRGB(x + dx, y) != background;
            if (any) inked++;
        }
        assertTrue(inked > (y1 - y0) / 3 && inked < y1 - y0, inked + " of " + (y1 - y0));
    }

    @Test
    void aFrameFollowsItsNodesAndExpandingTakesItAway() {
        Graph g = ShippedGraphs.read("tum-p10c-lstm-cell.json");
        Diagram d = DiagramBuilder.build(g, Annotations.none());
        Rect before = d.frames().get(0).box();
        g.node("c").setPosition(g.node("c").x() + 100, g.node("c").y() + 40);
        Diagram moved = DiagramMoves.apply(d, g);
        Rect after = moved.frames().get(0).box();
        Rect c = moved.node("c").bounds();
        assertTrue(c.x() > d.node("c").bounds().x() + 99, "c moved");
        assertEquals(c.right() + DiagramFrame.PAD, after.right(), 1e-9);
        assertEquals(c.bottom() + DiagramFrame.PAD, after.bottom(), 1e-9);
        assertEquals(before.y(), after.y(), 1e-9);
        assertTrue(moved.bounds().bottom() >= after.bottom(), "the picture grows with the frame");

        FunctionExpansion.expand(g, g.node("h"));
        assertTrue(DiagramBuilder.build(g, Annotations.none()).frames().isEmpty());
    }
}
