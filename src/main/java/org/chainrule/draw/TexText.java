package org.chainrule.draw;

/** Text for LaTeX documents (the exam sheets), with the same symbols as the TeX of {@link LabelText}. */
public final class TexText {
    private TexText() {}

    /**
     * Text for LaTeX's text mode (a question written in a graph file): the special characters escaped, a
     * symbol such as {@code ·}, {@code ∂}, {@code ŷ} or {@code σ} set in math as labels set it, accented
     * letters left to the UTF-8 input of LaTeX, anything else {@code ?}.
     */
    public static String text(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '#', '$', '%', '&', '{', '}', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                case '<', '>', '|' -> b.append('$').append(c).append('$');
                case '/' -> b.append("/\\allowbreak{}"); // a path or a fraction may end a line
                default -> {
                    if (c < 128) b.append(c);
                    else if (Character.isLetter(c) && c < 0x250 && c != 'ŷ') b.append(c);
                    else b.append('$').append(LabelText.texChars(String.valueOf(c))).append('$');
                }
            }
        }
        return b.toString();
    }


    /** A whole line of the stepper's explanations as TeX math (without dollars), scripts and symbols as labels have them. */
    public static String math(String line) {
        // a space is kept between words ("does not reach") but not beside an operator, which TeX spaces itself
        // and a list of numbers ([1, 3], a tensor) may end a line after a comma, a sentence between words
        return LabelText.parse(line).tex().replaceAll(OPERATOR + " ?\\\\ ", "$1 ").replaceAll("\\\\ " + OPERATOR, " $1")
                .replace(", ", ",\\allowbreak ").replace("\\ ", "\\ \\allowbreak ");
    }

    private static final String OPERATOR = "([=+<>,-]|\\\\cdot|\\\\times|\\\\approx|\\\\to)";
}
