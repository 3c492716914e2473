package org.chainrule.io.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Besides ASCII it accepts the signs people paste from exam PDFs:
 * {@code ·}, {@code ×}, {@code ∗} for times, {@code −} for minus, {@code ÷} for divide; {@code @} is the
 * matrix product, as in numpy.
 */
final class Lexer {
    private Lexer() {}

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int col = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                int j = number(s, i);
                String text = s.substring(i, j);
                double v = Double.parseDouble(text);
                if (Double.isInfinite(v)) throw new ExpressionException(s, col, "number " + text + " is too large");
                out.add(new Token(Token.Kind.NUMBER, text, col, j + 1, v));
                i = j;
            } else if (isIdentStart(c)) {
                int j = i + 1;
                while (j < n && isIdentPart(s.charAt(j))) j++;
                out.add(new Token(Token.Kind.IDENT, s.substring(i, j), col, j + 1, 0));
                i = j;
            } else if (c == '*' && i + 1 < n && s.charAt(i + 1) == '*') {
                out.add(new Token(Token.Kind.POWER, "**", col, col + 2, 0));
                i += 2;
            } else {
                Token.Kind k = single(c);
                if (k == null) {
                    String shown = Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
                    throw new ExpressionException(s, col, "unexpected character " + shown);
                }
                out.add(new Token(k, String.valueOf(c), col, col + 1, 0));
                i++;
            }
        }
        out.add(new Token(Token.Kind.END, "", n + 1, n + 1, 0));
        return out;
    }

    /** End index of the number starting at i: digits, an optional fraction, an optional exponent. */
    private static int number(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && Character.isDigit(s.charAt(j))) j++;
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && Character.isDigit(s.charAt(j))) j++;
        }
        // an exponent only when digits follow: "2e" stays the number 2 followed by the name e
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) k++;
            if (k < n && Character.isDigit(s.charAt(k))) {
                while (k < n && Character.isDigit(s.charAt(k))) k++;
                j = k;
            }
        }
        return j;
    }

    private static Token.Kind single(char c) {
        switch (c) {
            case '+': return Token.Kind.PLUS;
            case '-': case '−': return Token.Kind.MINUS;
            case '*': case '·': case '×': case '∗': return Token.Kind.STAR;
            case '/': case '÷': return Token.Kind.SLASH;
            case '@': return Token.Kind.AT;
            case '^': return Token.Kind.POWER;
            case '(': return Token.Kind.LPAREN;
            case ')': return Token.Kind.RPAREN;
            case ',': return Token.Kind.COMMA;
            case '=': return Token.Kind.EQUALS;
            default: return null;
        }
    }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || c >= '0' && c <= '9';
    }
}
