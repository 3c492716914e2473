package org.chainrule.io.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random text, seeded so a failure can be replayed: the parser either builds a graph or says where it stopped. */
class ExpressionFuzzTest {
    private static final String[] PIECES = {
        "x", "y", "w", "e", "1", "2.5", "0", ".5", "1e3", "1e", "+", "-", "−", "*", "**", "/", "^", "·",
        "(", ")", "(", ")", ",", " ", "max(", "min(", "exp(", "relu(", "sq_err(", "bce(", "pow(", "leaky_relu(",
        "foo(", "exp", "$", "\t", "é", "..", "_a", "9x",
    };

    @Test
    void randomTextGivesAGraphOrAColumnError() {
        Random r = new Random(20261122L);
        int built = 0;
        int refused = 0;
        for (int i = 0; i < 20000; i++) {
            String text = randomText(r, i % 4);
            try {
                Expressions.toGraph(text, text.contains("w") ? List.of("w") : List.of());
                built++;
            } catch (ExpressionException e) {
                refused++;
                assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, text + " -> " + e.getMessage());
                assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            } catch (org.chainrule.io.InputException e) {
                // "w" inside a longer name is not the identifier w: a clean one-line error too
                refused++;
                assertTrue(e.getMessage().startsWith("param 'w' is not an identifier"), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("input " + repr(text) + " threw " + e, e);
            }
        }
        // the generator must exercise both outcomes, or it tests nothing
        assertTrue(built > 500, "built " + built);
        assertTrue(refused > 5000, "refused " + refused);
    }

    /** Mode 0: printable characters; 1: pieces of the syntax; 2: a valid expression; 3: one with a typo. */
    private static String randomText(Random r, int mode) {
        if (mode >= 2) {
            String s = RandomExpressions.any(r, 4);
            if (mode == 2 || s.isEmpty()) return s;
            int at = r.nextInt(s.length());
            return r.nextBoolean()
                    ? s.substring(0, at) + s.substring(at + 1)
                    : s.substring(0, at) + PIECES[r.nextInt(PIECES.length)] + s.substring(at);
        }
        boolean chars = mode == 0;
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(chars ? 15 : 25);
        for (int k = 0; k < n; k++) {
            if (chars) sb.append((char) (32 + r.nextInt(95)));
            else sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String repr(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }
}
