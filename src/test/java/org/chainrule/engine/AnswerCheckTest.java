package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chainrule.engine.AnswerCheck.Mark;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    private final AnswerCheck check = new AnswerCheck();

    @Test
    void exactAndRoundedAnswersAreRight() {
        // IN5400 2018: ∂J/∂w[2]_21 = −16, typed with a Unicode minus or an ASCII one
        assertEquals(Mark.RIGHT, check.check("−16", -16).mark());
        assertEquals(Mark.RIGHT, check.check(" -16 ", -16).mark());
        // sigmoid(0.5) = 0.6224593…, rounded to three digits
        assertEquals(Mark.RIGHT, check.check("0.622", 0.6224593312018546).mark());
        assertEquals(Mark.RIGHT, check.check("0,6225", 0.6224593312018546).mark());
        assertEquals(Mark.RIGHT, check.check("1/3", 1.0 / 3).mark());
        assertEquals(Mark.RIGHT, check.check("1e-3", 0.001).mark());
        assertEquals(Mark.RIGHT, check.check("0", 1e-9).mark());
    }

    @Test
    void wrongAnswersAreWrong() {
        assertEquals(Mark.WRONG, check.check("16", -16).mark());
        assertEquals(Mark.WRONG, check.check("0.6", 0.6224593312018546).mark());
        // dy/dx of TUM P6b is 1.001, not the 0.001 of P6a
        assertEquals(Mark.WRONG, check.check("0.001", 1.001).mark());
        assertEquals(Mark.WRONG, check.check("0.01", 0).mark());
    }

    @Test
    void textThatIsNoNumberIsUnreadable() {
        for (String s : new String[] {"", "abc", "0x10", "NaN", "1/0", "1d", "--2"}) {
            AnswerCheck.Result r = check.check(s, 1);
            assertEquals(Mark.UNREADABLE, r.mark(), s);
            assertTrue(Double.isNaN(r.typed()));
        }
    }

    @Test
    void toleranceIsConfigurable() {
        AnswerCheck strict = new AnswerCheck(0, 1e-9);
        assertEquals(Mark.WRONG, strict.check("0.622", 0.6224593312018546).mark());
        assertEquals(Mark.RIGHT, strict.check("2.002", 2.002).mark());
    }
}
