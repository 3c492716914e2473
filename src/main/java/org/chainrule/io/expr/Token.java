package org.chainrule.io.expr;

/** One token of an expression; columns are 1-based, {@code end} is the column just after it. */
record Token(Kind kind, String text, int column, int end, double number) {
    enum Kind { NUMBER, IDENT, PLUS, MINUS, STAR, SLASH, AT, POWER, LPAREN, RPAREN, COMMA, EQUALS, END }

    /** How an error message names this token. */
    String describe() {
        switch (kind) {
            case END: return "end of expression";
            case NUMBER: return "number " + text;
            case IDENT: return "'" + text + "'";
            default: return "'" + text + "'";
        }
    }
}
