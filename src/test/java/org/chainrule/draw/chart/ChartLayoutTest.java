package org.chainrule.draw.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.GlyphWidths;
import org.chainrule.draw.Point;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Engine;
import org.chainrule.engine.ThroughTime;
import org.chainrule.engine.TrainingRun;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/**
 * The charts the commands draw, placed: every text inside the picture and apart from every other, every
 * point of a line inside the frame the ticks span.
 */
public class ChartLayoutTest {
    /** The through-time overlay, the LSTM's two states, a loss curve with its comparison, a flat loss. */
    public static List<Chart> charts() {
        ThroughTime.Curve rnn = ThroughTime.of(Engine.evaluate(ShippedGraphs.read("in5400-2018-ex5b-tanh-rnn.json")), "h");
        var lstm = Engine.evaluate(ShippedGraphs.read("tum-p10c-lstm.json"));
        List<Chart> out = new ArrayList<>();
        out.add(Charts.throughTime("Gradients through time", List.of(rnn, ThroughTime.of(lstm, "h")), List.of("tanh RNN", "LSTM")));
        out.add(Charts.throughTime("LSTM", List.of(ThroughTime.of(lstm, "h"), ThroughTime.of(lstm, "c")), List.of("h", "c")));
        out.add(Charts.loss("Narrow valley", "L", List.of(new Charts.Run("momentum", run("tum-p4c-valley-momentum.json", 0.075, 0.7, 60)),
                new Charts.Run("plain", run("tum-p4c-valley-momentum.json", 0.075, 0, 60)))));
        out.add(Charts.loss("Linear regression", "J", List.of(new Charts.Run("lr 0.1", run("inf5860-linreg.json", 0.1, 0, 5)))));
        return out;
    }

    private static List<TrainingRun.Row> run(String file, double lr, double momentum, int n) {
        Graph g = ShippedGraphs.read(file);
        TrainingRun r = new TrainingRun(g, lr, momentum);
        for (int k = 0; k < n; k++) r.step();
        return r.rows();
    }

    private record Box(double x0, double y0, double x1, double y1, String text) {
        boolean overlaps(Box o) { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    }

    private static Box box(ChartPicture.Text t) {
        double w = GlyphWidths.of(t.text()) * t.size(), h = t.size();
        double start = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        if (t.vertical()) return new Box(t.x() - h / 2, t.y() + start - 0, t.x() + h / 2, t.y() + start + w, t.text());
        return new Box(t.x() + start, t.y() - h / 2, t.x() + start + w, t.y() + h / 2, t.text());
    }

    @Test
    void everyTextFitsAndStandsApartAndEveryLineStaysInTheFrame() {
        for (Chart c : charts()) {
            ChartPicture p = ChartLayout.layout(c, Theme.standard());
            List<Box> boxes = p.texts().stream().map(ChartLayoutTest::box).toList();
            for (Box b : boxes) {
                assertTrue(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= p.width() && b.y1 <= p.height(), c.title() + ": '" + b.text + "' is cut: " + b);
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertTrue(!boxes.get(i).overlaps(boxes.get(j)), c.title() + ": '" + boxes.get(i).text + "' overlaps '" + boxes.get(j).text + "'");
                }
            }
            // the frame is the stroke with five points; the data lines are 2 px wide
            ChartPicture.Stroke frame = p.strokes().stream().filter(s -> s.points().size() == 5).findFirst().orElseThrow();
            double x0 = frame.points().get(0).x(), y0 = frame.points().get(0).y(), x1 = frame.points().get(2).x(), y1 = frame.points().get(2).y();
            int drawn = 0;
            for (ChartPicture.Stroke s : p.strokes()) {
                if (s.width() != 2 || s.points().size() < 3) continue;
                for (Point q : s.points()) {
                    drawn++;
                    assertTrue(q.x() >= x0 - 1e-9 && q.x() <= x1 + 1e-9 && q.y() >= y0 - 1e-9 && q.y() <= y1 + 1e-9, c.title() + ": " + q);
                }
            }
            assertTrue(drawn > 0, c.title() + ": lines drawn");
        }
    }
}
