package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Long labels are shortened with an ellipsis to fit, keeping a sum's total; the tooltip keeps them whole. */
class EllipsisTest {
    private static final double SIZE = 11.5;

    @Test
    void aLabelThatFitsIsLeftAlone() {
        assertEquals("0.001 + 1 = 1.001", Ellipsis.fit("0.001 + 1 = 1.001", SIZE));
        assertEquals("2", Ellipsis.tooltip("0.001 + 1", "0.001 + 1", "2"));
    }

    @Test
    void aLongSumKeepsItsFirstTermsAndItsTotal() {
        StringBuilder b = new StringBuilder("0.1234");
        for (int i = 0; i < 12; i++) b.append(" + 0.1234");
        String full = b.append(" = 1.604").toString();
        String shown = Ellipsis.fit(full, SIZE);
        assertTrue(shown.startsWith("0.1234 + ") && shown.endsWith(" … = 1.604"), shown);
        assertTrue(LabelText.plain(shown).width(SIZE) <= Ellipsis.MAX_WIDTH, shown);
        assertEquals(full + "\n1.6042", Ellipsis.tooltip(full, shown, "1.6042"));
    }

    @Test
    void otherTextsKeepTheirBeginning() {
        String full = "a long explanation with no sum in it at all, too wide for a label on an edge";
        String shown = Ellipsis.fit(full, SIZE);
        assertTrue(shown.endsWith("…") && full.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertTrue(LabelText.plain(shown).width(SIZE) <= Ellipsis.MAX_WIDTH, shown);
    }

    @Test
    void widthsAreTheFontsAdvances() {
        // DejaVu Sans: digits are all one width, "+" and "−" wider than a digit, a space narrower
        double digit = LabelText.plain("0").width(10);
        assertEquals(digit, LabelText.plain("8").width(10), 1e-9);
        assertTrue(LabelText.plain("+").width(10) > digit && LabelText.plain(" ").width(10) < digit);
        assertEquals(LabelText.plain("−").width(10), LabelText.plain("+").width(10), 1e-9);
    }
}
