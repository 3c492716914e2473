package org.chainrule.io.expr;

/** Evaluates the parts of an expression made only of numbers (for exponents and slopes). */
final class Constants {
    private Constants() {}

    /** The number {@code a} stands for, or null when it contains an identifier or a call. */
    static Double value(Ast a) {
        if (a instanceof Ast.Num n) return n.value();
        if (a instanceof Ast.Neg n) {
            Double v = value(n.operand());
            return v == null ? null : -v;
        }
        if (a instanceof Ast.Binary b) {
            Double l = value(b.left());
            Double r = value(b.right());
            if (l == null || r == null) return null;
            switch (b.op()) {
                case '+': return l + r;
                case '-': return l - r;
                case '*': return l * r;
                default: return l / r;
            }
        }
        if (a instanceof Ast.Power p) {
            Double base = value(p.base());
            Double k = value(p.exponent());
            return base == null || k == null ? null : Math.pow(base, k);
        }
        return null;
    }
}
