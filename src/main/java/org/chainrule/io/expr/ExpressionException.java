package org.chainrule.io.expr;

import org.chainrule.io.InputException;

/**
 * A mistake in an expression, with the 1-based column it was found at. The message is one line
 * ({@code expression, column 10: expected an operand}); {@link #pointer()} gives the expression with a
 * caret under that column, for a terminal or a dialog.
 *
 * <p>Where the column points: for something missing ("expected an operand", "expected ')'") it is the
 * first column after the last good token, the gap where the missing part belongs, as javac does; for
 * something wrong (an unknown function, a stray character) it is the first column of the offender.
 */
public final class ExpressionException extends InputException {
    private final String source;
    private final int column;
    private final String reason;

    public ExpressionException(String source, int column, String reason) {
        super("expression, column " + column + ": " + reason);
        this.source = source;
        this.column = column;
        this.reason = reason;
    }

    /** The expression as typed. */
    public String source() { return source; }

    /** 1-based column; may be one past the end of the expression when something is missing there. */
    public int column() { return column; }

    /** What is wrong, without the position: {@code expected an operand}. */
    public String reason() { return reason; }

    /** Two lines: the expression, and a caret under the column. */
    public String pointer() {
        StringBuilder caret = new StringBuilder();
        for (int i = 1; i < column; i++) {
            // keep tabs so the caret lines up under the same character in a terminal
            caret.append(i - 1 < source.length() && source.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        return source + "\n" + caret + "^";
    }
}
