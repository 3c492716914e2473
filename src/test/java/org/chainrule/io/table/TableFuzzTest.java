package org.chainrule.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import org.chainrule.ops.Activation;
import org.junit.jupiter.api.Test;

/**
 * Random, mangled and truncated tables: the importer either returns a graph or refuses with one
 * {@link InputException} line that names the source, a line and a column. Nothing else escapes.
 */
class TableFuzzTest {
    private static final String ALPHABET = " \t,;|-:.#0123456789eE+SABCxyz_\n\r\u2212[]\u00a0";

    @Test
    void randomAndTruncatedInputsOnlyEverGiveCleanErrors() {
        Random rnd = new Random(20260522L);
        int graphs = 0, refused = 0;
        String[] seeds = {
            TableImportTest.EX8,
            ",S,A,B\nS,0,1,1\nA,0,0,1\n",
            "| | S | A | B |\n|---|---|---|---|\n| S | 0 | 1 | 1 |\n| A | 0 | 0 | 1 |\n",
            ";x;h;y\nx;0;-2.5;0\nh;0;1;1e-3\n",
        };
        for (int i = 0; i < 4000; i++) {
            String text;
            switch (i % 4) {
                case 0: { // random bytes, decoded as the importer's files are
                    byte[] b = new byte[rnd.nextInt(80)];
                    rnd.nextBytes(b);
                    text = new String(b, StandardCharsets.UTF_8);
                    break;
                }
                case 1: { // random characters a table is made of
                    StringBuilder sb = new StringBuilder();
                    int n = rnd.nextInt(120);
                    for (int k = 0; k < n; k++) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                    text = sb.toString();
                    break;
                }
                case 2: { // a good table cut off anywhere
                    String s = seeds[rnd.nextInt(seeds.length)];
                    text = s.substring(0, rnd.nextInt(s.length() + 1));
                    break;
                }
                default: { // a good table with a few characters changed, dropped or doubled
                    StringBuilder sb = new StringBuilder(seeds[rnd.nextInt(seeds.length)]);
                    for (int k = 1 + rnd.nextInt(3); k > 0 && sb.length() > 0; k--) {
                        int at = rnd.nextInt(sb.length());
                        char c = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
                        switch (rnd.nextInt(3)) {
                            case 0: sb.setCharAt(at, c); break;
                            case 1: sb.deleteCharAt(at); break;
                            default: sb.insert(at, c);
                        }
                    }
                    text = sb.toString();
                }
            }
            try {
                Graph g = TableImport.parse(text, "fuzz.txt", Activation.RELU);
                graphs++;
                // Whatever was accepted can be written back and read again to the same edges.
                String back = TableExport.toText(g, "fuzz");
                assertEquals(TableImportTest.edges(g), TableImportTest.edges(TableImport.parse(back, "back.txt", Activation.RELU)), text);
            } catch (InputException e) {
                refused++;
                String m = e.getMessage();
                assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
                assertTrue(m.matches("fuzz\\.txt:\\d+:\\d+: .+"), "file:line:column: " + m);
            } catch (RuntimeException e) {
                fail("input " + escape(text) + " escaped as " + e, e);
            }
        }
        assertTrue(graphs > 300, "some inputs were good tables: " + graphs);
        assertTrue(refused > 300, "some inputs were refused: " + refused);
    }

    private static String escape(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }
}
