package org.chainrule.draw.export;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Rect;
import org.chainrule.draw.export.DiagramExport.Options;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the exam graphs, with the full solution drawn, folded and unrolled, no text overlaps a node
 * (other than its own) or another text. Boxes are the estimated ones the placement works with.
 */
class LabelOverlapTest {
    static List<Path> graphs() throws Exception { return ShippedGraphs.files(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void noTextOverlapsANodeOrAnotherText(Path file) throws Exception {
        Graph g = GraphFile.read(file);
        List<String> problems = new ArrayList<>();
        for (boolean unrolled : new boolean[] {false, true}) {
            if (unrolled && g.timesteps() == 1) continue;
            Diagram d = DiagramExport.diagram(g, new Options(AnnotateMode.BOTH, 1, false, unrolled, false));
            List<PlacedText> texts = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            for (DiagramNode n : d.nodes()) {
                for (PlacedText t : n.texts()) {
                    if (n.inside(t)) continue;
                    texts.add(t);
                    owners.add(n.id());
                }
            }
            for (DiagramEdge e : d.edges()) {
                for (PlacedText t : e.texts()) {
                    texts.add(t);
                    owners.add(e.key());
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                Rect b = texts.get(i).bounds().grow(-0.5);
                for (DiagramNode n : d.nodes()) {
                    if (!n.id().equals(owners.get(i)) && b.intersects(n.bounds())) {
                        problems.add((unrolled ? "unrolled: " : "") + "'" + texts.get(i).text() + "' of " + owners.get(i) + " on node " + n.id());
                    }
                }
                for (int j = i + 1; j < texts.size(); j++) {
                    if (b.intersects(texts.get(j).bounds().grow(-0.5))) {
                        problems.add((unrolled ? "unrolled: " : "") + "'" + texts.get(i).text() + "' of " + owners.get(i)
                                + " on '" + texts.get(j).text() + "' of " + owners.get(j));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), ShippedGraphs.name(file) + ":\n" + String.join("\n", problems));
    }
}
