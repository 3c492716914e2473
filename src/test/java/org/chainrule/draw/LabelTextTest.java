package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.draw.LabelText.Run;
import org.chainrule.draw.LabelText.Script;
import org.junit.jupiter.api.Test;

class LabelTextTest {

    @Test
    void layerIndexIsASuperscriptAndTheRestASubscript() {
        LabelText w = LabelText.parse("w[1]_13");
        assertEquals(List.of(new Run("w", "w", Script.NORMAL), new Run("[1]", "[1]", Script.SUPER),
                new Run("13", "13", Script.SUB)), w.runs());
        assertEquals("w^{[1]}_{13}", w.tex());
        assertEquals("w[1]₁₃", w.unicode());
    }

    @Test
    void plainScripts() {
        assertEquals("x_{1}", LabelText.parse("x_1").tex());
        assertEquals("y^{2}", LabelText.parse("y^2").tex());
        assertEquals("h_{t-1}", LabelText.parse("h_{t-1}").tex());
        assertEquals("h_{t}", LabelText.parse("h_t").tex());
        assertEquals("b^{[2]}_{1}", LabelText.parse("b[2]_1").tex());
        assertEquals("x₁", LabelText.parse("x_1").unicode());
    }

    @Test
    void greekNamesAndHats() {
        LabelText theta = LabelText.parse("theta_1");
        assertEquals("θ", theta.runs().get(0).text());
        assertEquals("\\theta_{1}", theta.tex());
        assertEquals("\\alpha", LabelText.parse("alpha").tex());
        assertEquals("ŷ", LabelText.parse("yhat").unicode());
        assertEquals("\\hat{y}", LabelText.parse("yhat").tex());
        assertEquals("\\hat{y}", LabelText.parse("ŷ").tex());
        assertEquals("\\sigma", LabelText.parse("σ").tex());
    }

    @Test
    void wordsAreItalicWordsAndSpecialsEscaped() {
        assertEquals("\\mathit{zero}", LabelText.parse("zero").tex());
        assertEquals("\\mathit{wx}", LabelText.parse("wx").tex());
        assertEquals("J", LabelText.parse("J").tex());
        assertEquals("a\\&b", LabelText.parse("a&b").tex());
        assertEquals("-16", LabelText.plain("−16").tex());
        assertEquals("1 + 0.001 = 1.001", LabelText.plain("1 + 0.001 = 1.001").tex());
    }

    @Test
    void scriptsInARowBecomeOne() {
        // the unrolled copies of h_t are labelled h_t_1, h_t_2: a double subscript TeX would refuse
        assertEquals("h_{1}", LabelText.parse("h_t_1").tex());
        assertEquals("h₂", LabelText.parse("h_t_2").unicode());
        assertEquals("w_{i,j}", LabelText.parse("w_i_j").tex());
        assertEquals("x^{[2]}_{1}", LabelText.parse("x[2]_1").tex());
    }

    @Test
    void leadingUnderscoreIsText() {
        LabelText t = LabelText.parse("_tmp");
        assertFalse(t.hasScripts());
        assertEquals("_tmp", t.unicode());
    }

    @Test
    void scriptsAreNarrowerThanBaseText() {
        double plain = LabelText.parse("w113").width(14);
        double scripted = LabelText.parse("w_113").width(14);
        assertTrue(scripted < plain);
        assertTrue(LabelText.parse("w[1]_13").hasScripts());
    }
}
