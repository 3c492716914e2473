package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.chainrule.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The explanation in a 900 × 600 window: a long chain rule wraps only after an {@code =} or between the
 * terms of a sum, never inside a product such as {@code 8 · 3}.
 */
@ExtendWith(ApplicationExtension.class)
class ExplanationWrapTest {

    /** The indexes where the shown text starts a new line that the text itself did not start. */
    private static List<Integer> wraps(Text t) {
        List<Integer> out = new ArrayList<>();
        String s = t.getText();
        double last = Double.NaN;
        for (int i = 0; i < s.length(); i++) {
            PathElement[] caret = t.caretShape(i, true);
            double y = caret.length == 0 ? last : ((MoveTo) caret[0]).getY();
            if (i > 0 && y > last + 1 && s.charAt(i - 1) != '\n') out.add(i);
            last = y;
        }
        return out;
    }

    @Test
    void longChainsWrapOnlyAtEqualsOrBetweenTerms() throws Exception {
        wrapsOnlyBetweenTerms("in5400-2018-dense.json");
    }

    @Test
    void theTotalsThroughTimeWrapOnlyBetweenTerms() throws Exception {
        // P10b's last steps total each time step's part: "dy_2/du = ∂u⟨1⟩ … + ∂u⟨2⟩ …"
        wrapsOnlyBetweenTerms("tum-p10b-rnn-ops.json");
    }

    private static void wrapsOnlyBetweenTerms(String file) throws Exception {
        MainWindow w = StepperWindowTest.open(file);
        StepperWindowTest.fx(() -> {
            w.stage().setWidth(900);
            w.stage().setHeight(600);
            return null;
        });
        StepperView v = StepperWindowTest.stepper(w);
        int wrapped = 0;
        List<String> bad = new ArrayList<>();
        while (StepperWindowTest.fx(() -> v.model().forward())) {
            String[] shown = StepperWindowTest.fx(() -> {
                ExplanationPanel p = (ExplanationPanel) w.scene().lookup("#stepper-explanation-panel");
                p.applyCss();
                p.layout();
                Text t = (Text) p.label().lookup(".text");
                StringBuilder cuts = new StringBuilder();
                for (int i : wraps(t)) cuts.append(i).append(',');
                return new String[] {t.getText(), cuts.toString()};
            });
            for (String c : shown[1].split(",")) {
                if (c.isEmpty()) continue;
                int i = Integer.parseInt(c);
                wrapped++;
                String before = shown[0].substring(0, i).stripTrailing();
                if (!(before.endsWith("=") || before.endsWith("+") || before.endsWith(":"))) {
                    bad.add("…" + before.substring(Math.max(0, before.length() - 20)) + " | " + shown[0].substring(i, Math.min(shown[0].length(), i + 12)) + "…");
                }
            }
        }
        assertTrue(wrapped > 0, "some explanation of " + file + " is wider than the window");
        assertTrue(bad.isEmpty(), "wrapped inside a term: " + bad);
        StepperWindowTest.fx(() -> {
            w.stage().close();
            return null;
        });
    }
}
