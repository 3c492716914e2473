package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A node label with sub- and superscripts, parsed from the label syntax of graph files:
 * {@code w[1]_13} is base {@code w}, superscript {@code [1]} (the layer, as in deep-learning notes),
 * subscript {@code 13}; {@code x_1}, {@code y^2}, {@code h_{t-1}}; Greek names ({@code theta},
 * {@code alpha}, …) become Greek letters and {@code yhat} (or {@code ŷ}) a y with a hat.
 *
 * <p>A label is a list of {@link Run}s, each with the text people see (Unicode) and its TeX math form.
 * Back ends draw the runs one after another; scripts are drawn at {@link #SCRIPT_SCALE} of the font size
 * and shifted by {@link #SUPER_SHIFT} / {@link #SUB_SHIFT} font sizes (positive is down).
 */
public final class LabelText {
    /** Font size of a script relative to the base text. */
    public static final double SCRIPT_SCALE = 0.7;
    /** Baseline shift of a superscript, in font sizes of the base text (negative: up). */
    public static final double SUPER_SHIFT = -0.38;
    /** Baseline shift of a subscript, in font sizes of the base text. */
    public static final double SUB_SHIFT = 0.22;
    /** Advance of a character the font table of {@link GlyphWidths} does not list, in font sizes. */
    public static final double CHAR_WIDTH = 0.62;

    /** How a run sits on the line. */
    public enum Script { NORMAL, SUPER, SUB }

    /** A piece of a label: the text shown, its TeX math form and where it sits. */
    public record Run(String text, String tex, Script script) {}

    private static final Map<String, String> GREEK = greek();

    private final String source;
    private final List<Run> runs;

    private LabelText(String source, List<Run> runs) {
        this.source = source;
        this.runs = List.copyOf(runs);
    }

    /** A label of plain text with no markup (numbers, weights): one run, TeX-escaped. */
    public static LabelText plain(String text) { return cached(PLAIN, text, LabelText::plainOf); }

    private static LabelText plainOf(String text) {
        // spaces in math mode are ignored; + and = get their own spacing there
        String tex = texWords(text, TexStyle.AS_IS).replace("\\ ", " ");
        return new LabelText(text, List.of(new Run(text, tex, Script.NORMAL)));
    }

    /**
     * An op symbol ({@code +}, {@code ×}, {@code max}, {@code ReLU}, {@code σ}): one run whose words are
     * upright in TeX ({@code \mathrm{max}}), as operator names are set.
     */
    public static LabelText symbol(String text) { return cached(SYMBOLS, text, LabelText::symbolOf); }

    private static LabelText symbolOf(String text) {
        return new LabelText(text, List.of(new Run(text, texWords(text, TexStyle.UPRIGHT), Script.NORMAL)));
    }

    /** Parses the label syntax described above. Never fails: anything unrecognised stays text. */
    public static LabelText parse(String label) { return cached(PARSED, label, LabelText::parsed); }

    /**
     * Labels made before, by their text: an edit of a big graph draws again thousands of nodes whose
     * names and symbols did not change. Emptied when it holds {@value #CACHED} (a label is small and
     * never changes once made, so any thread may share it).
     */
    private static final Map<String, LabelText> PLAIN = new ConcurrentHashMap<>(), SYMBOLS = new ConcurrentHashMap<>(),
            PARSED = new ConcurrentHashMap<>();
    private static final int CACHED = 50_000;

    private static LabelText cached(Map<String, LabelText> made, String text, Function<String, LabelText> make) {
        LabelText t = made.get(text);
        if (t == null) {
            if (made.size() >= CACHED) made.clear();
            t = make.apply(text);
            made.put(text, t);
        }
        return t;
    }

    private static LabelText parsed(String label) {
        List<Run> runs = new ArrayList<>();
        StringBuilder normal = new StringBuilder();
        int i = 0;
        int n = label.length();
        while (i < n) {
            char c = label.charAt(i);
            boolean afterBase = normal.length() > 0 || !runs.isEmpty();
            if ((c == '_' || c == '^') && afterBase && i + 1 < n) {
                int end = groupEnd(label, i + 1);
                String body = label.substring(i + 1, end);
                if (body.startsWith("{") && body.endsWith("}")) body = body.substring(1, body.length() - 1);
                flush(normal, runs);
                runs.add(run(body, c == '_' ? Script.SUB : Script.SUPER));
                i = end;
            } else if (c == '[' && afterBase && layerIndex(label, i)) {
                // w[1]: the bracketed layer index right after a name is written as a superscript
                int end = label.indexOf(']', i) + 1;
                flush(normal, runs);
                runs.add(run(label.substring(i, end), Script.SUPER));
                i = end;
            } else {
                normal.append(c);
                i++;
            }
        }
        flush(normal, runs);
        if (runs.isEmpty()) runs.add(new Run("", "", Script.NORMAL));
        return new LabelText(label, mergeScripts(runs));
    }

    /** The text this label was parsed from. */
    public String source() { return source; }

    public List<Run> runs() { return runs; }

    /** The label as TeX math (without dollars): {@code w^{[1]}_{13}}, {@code \theta}. */
    public String tex() {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            switch (r.script()) {
                case SUPER -> b.append("^{").append(r.tex()).append('}');
                case SUB -> b.append("_{").append(r.tex()).append('}');
                default -> {
                    // a script directly after another script needs a base: {}
                    b.append(r.tex());
                }
            }
        }
        return b.toString();
    }

    /**
     * The label as one line of Unicode, with scripts in Unicode sub/superscript characters where they
     * exist ({@code w[1]₁₃}), else written {@code _x} / {@code ^x}: for tooltips, DOT and text tables.
     */
    public String unicode() {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            if (r.script() == Script.NORMAL) b.append(r.text());
            else if (r.script() == Script.SUPER && r.text().startsWith("[")) b.append(r.text());
            else b.append(scriptChars(r.text(), r.script()));
        }
        return b.toString();
    }

    /**
     * Width at this font size from the advance widths of the theme's font ({@link GlyphWidths}); the
     * canvas and the exporters draw each run at exactly this advance.
     */
    public double width(double fontSize) {
        double w = 0;
        for (Run r : runs) {
            double k = r.script() == Script.NORMAL ? 1 : SCRIPT_SCALE;
            w += GlyphWidths.of(r.text()) * fontSize * k;
        }
        return w;
    }

    /** Whether some run is a sub- or superscript. */
    public boolean hasScripts() {
        return runs.stream().anyMatch(r -> r.script() != Script.NORMAL);
    }

    @Override
    public String toString() { return source; }

    /** Labels are equal when they read the same: the same source and the same runs. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelText l && source.equals(l.source) && runs.equals(l.runs);
    }

    @Override
    public int hashCode() { return source.hashCode() * 31 + runs.hashCode(); }

    // ---- parsing helpers ----

    /**
     * Two scripts in a row cannot be set in TeX ({@code h_t_1} is a double subscript): they become one.
     * A time index {@code t} followed by a step number is replaced by it ({@code h_t_1} → h₁, the way the
     * unrolled copies of {@code h_t} are named); otherwise they are joined with a comma.
     */
    private static List<Run> mergeScripts(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.script() != Script.NORMAL && last.script() == r.script()) {
                out.remove(out.size() - 1);
                if (last.text().equals("t") && r.text().chars().allMatch(Character::isDigit)) out.add(r);
                else out.add(new Run(last.text() + "," + r.text(), last.tex() + "," + r.tex(), r.script()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the bracket at i is a layer index such as the [1] of w[1]: right after a name, one word inside (not a list [1, 3]). */
    private static boolean layerIndex(String s, int i) {
        int close = s.indexOf(']', i);
        return close > i + 1 && Character.isLetterOrDigit(s.charAt(i - 1)) && s.substring(i + 1, close).matches("[A-Za-z0-9]+");
    }

    private static int groupEnd(String s, int start) {
        char c = s.charAt(start);
        if (c == '{') {
            int close = s.indexOf('}', start);
            return close < 0 ? s.length() : close + 1;
        }
        if (c == '[') {
            int close = s.indexOf(']', start);
            return close < 0 ? s.length() : close + 1;
        }
        if (Character.isLetterOrDigit(c)) {
            int i = start;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
            return i;
        }
        return start + 1;
    }

    private static void flush(StringBuilder normal, List<Run> runs) {
        if (normal.length() == 0) return;
        runs.add(run(normal.toString(), Script.NORMAL));
        normal.setLength(0);
    }

    private static Run run(String raw, Script script) {
        return new Run(display(raw), texWords(raw, TexStyle.ITALIC), script);
    }

    /** Greek names and hats replaced by their letters, word by word. */
    private static String display(String raw) {
        StringBuilder b = new StringBuilder();
        forEachToken(raw, (word, isWord) -> {
            if (isWord && GREEK.containsKey(word)) b.append(GREEK.get(word).substring(0, 1));
            else if (isWord && isHat(word)) b.append(hatted(word.substring(0, word.length() - 3)));
            else b.append(word);
        });
        return b.toString();
    }

    private static boolean isHat(String word) {
        return word.length() == 4 && word.endsWith("hat") && Character.isLetter(word.charAt(0));
    }

    private static String hatted(String letter) {
        return letter.equals("y") ? "ŷ" : letter + "\u0302";
    }

    /** How words of several letters are set in TeX. */
    private enum TexStyle { AS_IS, ITALIC, UPRIGHT }

    /** TeX math for raw text: Greek → \theta, yhat → \hat{y}, words → \mathit{…}, specials escaped. */
    private static String texWords(String raw, TexStyle style) {
        StringBuilder b = new StringBuilder();
        forEachToken(raw, (word, isWord) -> {
            if (isWord && GREEK.containsKey(word)) b.append(GREEK.get(word).substring(1)).append(' ');
            else if (isWord && isHat(word)) b.append("\\hat{").append(word.charAt(0)).append('}');
            else if (isWord && style == TexStyle.ITALIC && word.length() > 1) {
                b.append("\\mathit{").append(texChars(word)).append('}');
            } else if (isWord && style == TexStyle.UPRIGHT) {
                b.append("\\mathrm{").append(texChars(word)).append('}');
            } else b.append(texChars(word));
        });
        String s = b.toString();
        return s.endsWith(" ") ? s.substring(0, s.length() - 1) : s;
    }

    private interface TokenSink { void accept(String token, boolean isWord); }

    /** Splits into ASCII letter words, digit runs and single other characters. */
    private static void forEachToken(String raw, TokenSink sink) {
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int j = i + 1;
            if (isAsciiLetter(c)) {
                while (j < raw.length() && isAsciiLetter(raw.charAt(j))) j++;
                sink.accept(raw.substring(i, j), true);
            } else if (Character.isDigit(c)) {
                while (j < raw.length() && Character.isDigit(raw.charAt(j))) j++;
                sink.accept(raw.substring(i, j), false);
            } else {
                sink.accept(raw.substring(i, j), false);
            }
            i = j;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** TeX for characters outside words: escapes and the Unicode symbols labels and numbers use. */
    static String texChars(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String g = greekTex(c);
            if (g != null) { b.append(g).append(' '); continue; }
            switch (c) {
                case '#', '$', '%', '&', '{', '}' -> b.append('\\').append(c);
                case '_' -> b.append("\\_");
                case '^' -> b.append("\\wedge ");
                case '~' -> b.append("\\sim ");
                case '\\' -> b.append("\\backslash ");
                case '−' -> b.append('-');
                case '·' -> b.append("\\cdot ");
                case '×' -> b.append("\\times ");
                case '÷' -> b.append("\\div ");
                case '∞' -> b.append("\\infty ");
                case '∂' -> b.append("\\partial ");
                case '√' -> b.append("\\surd ");
                case 'ŷ' -> b.append("\\hat{y}");
                case '²' -> b.append("^{2}");
                case '³' -> b.append("^{3}");
                case '\u0302' -> { } // combining hat already handled by the word rules
                case '*' -> b.append("\\ast ");
                case '⟨' -> b.append("\\langle ");
                case '⟩' -> b.append("\\rangle ");
                case '→' -> b.append("\\to ");
                case '′' -> b.append('\'');
                case '≈' -> b.append("\\approx ");
                case '⊙' -> b.append("\\odot ");
                case '⊘' -> b.append("\\oslash ");
                case 'ᵀ' -> b.append("^{\\top}");
                case '½' -> b.append("\\frac{1}{2}");
                case 'ĝ' -> b.append("\\hat{g}");
                case ' ' -> b.append("\\ ");
                default -> b.append(c < 128 ? String.valueOf(c) : "?");
            }
        }
        return b.toString();
    }

    private static String greekTex(char c) {
        for (Map.Entry<String, String> e : GREEK.entrySet()) {
            if (e.getValue().charAt(0) == c) return e.getValue().substring(1);
        }
        return null;
    }

    private static final String SUB_FROM = "0123456789+-−()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String SUP_FROM = "0123456789+-−()in";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾ⁱⁿ";

    private static String scriptChars(String text, Script script) {
        String from = script == Script.SUB ? SUB_FROM : SUP_FROM;
        String to = script == Script.SUB ? SUB_TO : SUP_TO;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int k = from.indexOf(text.charAt(i));
            if (k < 0) return (script == Script.SUB ? "_" : "^") + (text.length() > 1 ? "{" + text + "}" : text);
            b.append(to.charAt(k));
        }
        return b.toString();
    }

    /** name → letter followed by its TeX command. */
    private static Map<String, String> greek() {
        String[][] t = {
            {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ε"},
            {"zeta", "ζ"}, {"eta", "η"}, {"theta", "θ"}, {"iota", "ι"}, {"kappa", "κ"},
            {"lambda", "λ"}, {"mu", "μ"}, {"nu", "ν"}, {"xi", "ξ"}, {"pi", "π"}, {"rho", "ρ"},
            {"sigma", "σ"}, {"tau", "τ"}, {"upsilon", "υ"}, {"phi", "φ"}, {"chi", "χ"},
            {"psi", "ψ"}, {"omega", "ω"}, {"Gamma", "Γ"}, {"Delta", "Δ"}, {"Theta", "Θ"},
            {"Lambda", "Λ"}, {"Xi", "Ξ"}, {"Pi", "Π"}, {"Sigma", "Σ"}, {"Phi", "Φ"},
            {"Psi", "Ψ"}, {"Omega", "Ω"}};
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String[] e : t) m.put(e[0], e[1] + "\\" + e[0]);
        return Map.copyOf(m);
    }
}
