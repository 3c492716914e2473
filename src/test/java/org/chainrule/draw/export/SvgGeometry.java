package org.chainrule.draw.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Rect;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What an exported SVG draws, read back from the document alone: the viewBox, every node's shape box
 * (by the node's {@code title}) and every text's box (centred on {@code x}, {@code textLength} wide,
 * one line high around the baseline rule of {@link SvgExporter}; a boxed text's background patch
 * included), with the node it belongs to, if any.
 */
record SvgGeometry(Rect viewBox, List<Shape> nodes, List<Text> texts) {
    record Shape(String id, Rect box) {}

    /** A text and its box; {@code owner} is the node id for a node's own texts, else null (an edge's). */
    record Text(String content, Rect box, String owner) {}

    static SvgGeometry of(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        String[] vb = root.getAttribute("viewBox").trim().split("\\s+");
        Rect view = new Rect(d(vb[0]), d(vb[1]), d(vb[2]), d(vb[3]));
        List<Shape> shapes = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!(" " + g.getAttribute("class") + " ").contains(" node ")) continue;
            String id = title(g);
            for (Element c : children(g)) {
                boolean box = c.getAttribute("class").equals("label-box");
                if (c.getTagName().equals("rect") && !box) shapes.add(new Shape(id, rect(c)));
                if (c.getTagName().equals("circle")) {
                    double r = d(c.getAttribute("r"));
                    shapes.add(new Shape(id, new Rect(d(c.getAttribute("cx")) - r, d(c.getAttribute("cy")) - r, 2 * r, 2 * r)));
                }
            }
        }
        NodeList all = doc.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            Element t = (Element) all.item(i);
            double size = d(t.getAttribute("font-size"));
            double w = d(t.getAttribute("textLength"));
            double h = size * PlacedText.LINE;
            double cy = d(t.getAttribute("y")) - SvgExporter.BASELINE * size;
            Rect box = Rect.centred(d(t.getAttribute("x")), cy, w, h);
            Node prev = t.getPreviousSibling();
            while (prev != null && !(prev instanceof Element)) prev = prev.getPreviousSibling();
            if (prev instanceof Element p && p.getAttribute("class").equals("label-box")) box = box.union(rect(p));
            texts.add(new Text(t.getTextContent(), box, owner(t)));
        }
        return new SvgGeometry(view, shapes, texts);
    }

    /** The id of the node group a text lies in, or null. */
    private static String owner(Element t) {
        for (Node p = t.getParentNode(); p instanceof Element e; p = p.getParentNode()) {
            if (e.getTagName().equals("g") && (" " + e.getAttribute("class") + " ").contains(" node ")) return title(e);
        }
        return null;
    }

    private static String title(Element g) {
        for (Element c : children(g)) if (c.getTagName().equals("title")) return c.getTextContent();
        return null;
    }

    private static List<Element> children(Element g) {
        List<Element> out = new ArrayList<>();
        for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) out.add(e);
        return out;
    }

    private static Rect rect(Element r) {
        return new Rect(d(r.getAttribute("x")), d(r.getAttribute("y")), d(r.getAttribute("width")), d(r.getAttribute("height")));
    }

    private static double d(String s) { return Double.parseDouble(s); }

    /** Whether two boxes share more than a hairline (half a pixel each way). */
    static boolean overlap(Rect a, Rect b) {
        return a.grow(-0.5).intersects(b.grow(-0.5));
    }

    /** Every overlap and every text outside the viewBox, described; empty when the picture is clean. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Text a = texts.get(i);
            Rect v = viewBox;
            Rect b = a.box();
            if (b.x() < v.x() - 0.01 || b.y() < v.y() - 0.01 || b.right() > v.right() + 0.01 || b.bottom() > v.bottom() + 0.01) {
                out.add("'" + a.content() + "' lies outside the picture");
            }
            for (Shape s : nodes) {
                if (!s.id().equals(a.owner()) && overlap(b, s.box())) out.add("'" + a.content() + "' covers node " + s.id());
            }
            for (int j = i + 1; j < texts.size(); j++) {
                if (overlap(b, texts.get(j).box())) out.add("'" + a.content() + "' overlaps '" + texts.get(j).content() + "'");
            }
        }
        return out;
    }
}
