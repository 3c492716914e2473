package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * An explanation's text with the quantity of each number in it ({@link StepQuantity}), so that a quiz can
 * hide exactly the numbers it asks for and none that merely read the same. While an explanation is
 * written its numbers are marked inline ({@link #mark}); {@link #parse} keeps the marked text, and its
 * spans are read from it only when asked for (the quiz), so the plain text the CLI prints costs one pass.
 */
public final class TaggedText {
    /** The characters {@code [start, end)} of the text are one number, of one or more quantities (equal). */
    public record Span(int start, int end, List<StepQuantity> of) {
        public Span {
            of = List.copyOf(of);
        }
    }

    private static final char OPEN = '\uE000', BODY = '\uE001', CLOSE = '\uE002', AND = '\uE003';

    /** The text with its marks in (null when built from text and spans), read into spans only when asked for. */
    private final String marked;
    private String text;
    private List<Span> spans;

    private TaggedText(String marked, String text, List<Span> spans) {
        this.marked = marked;
        this.text = text;
        this.spans = spans == null ? null : List.copyOf(spans);
    }

    /** The plain text, as the CLI prints it. */
    public String text() {
        if (text == null) text = strip(marked);
        return text;
    }

    /** The numbers with a quantity, in text order. */
    public List<Span> spans() {
        if (spans == null) spans = spansOf(marked);
        return spans;
    }

    /** A text with no tagged numbers. */
    public static TaggedText plain(String text) {
        return new TaggedText(null, text, List.of());
    }

    /** The number text {@code number} marked as the quantity {@code q} (unmarked when q is null, or in {@link #untagged}). */
    static String mark(StepQuantity q, String number) {
        return q == null || UNTAGGED.get() != null ? number : OPEN + q.code() + BODY + number + CLOSE;
    }

    /** Set while texts are written without marks (see {@link #untagged}). */
    private static final ThreadLocal<Boolean> UNTAGGED = new ThreadLocal<>();

    /**
     * What {@code work} writes, its numbers left unmarked: the same plain text with no spans, for texts
     * that are only printed (writing each number's quantity into the text costs as much as the rest).
     */
    static <T> T untagged(java.util.function.Supplier<T> work) {
        Boolean outer = UNTAGGED.get();
        UNTAGGED.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            UNTAGGED.set(outer);
        }
    }

    /** The marked text without its marks. */
    static String strip(String marked) {
        if (marked.indexOf(OPEN) < 0) return marked;
        StringBuilder out = new StringBuilder(marked.length());
        boolean code = false;
        for (int i = 0; i < marked.length(); i++) {
            char ch = marked.charAt(i);
            if (ch == OPEN) code = true;
            else if (ch == BODY) code = false;
            else if (ch != CLOSE && !code) out.append(ch);
        }
        return out.toString();
    }

    /**
     * When {@code marked} is one marked number (or an unmarked one), the same number marked with {@code also}
     * as well: a chain
     * that leaves out a repeated number keeps the one written, which then stands for both.
     */
    static String merge(String marked, StepQuantity also) {
        if (also != null && !marked.isEmpty() && marked.indexOf(OPEN) < 0) return mark(also, marked);
        if (also == null || marked.isEmpty() || marked.charAt(0) != OPEN || marked.indexOf(OPEN, 1) >= 0
                || marked.charAt(marked.length() - 1) != CLOSE) {
            return marked;
        }
        int body = marked.indexOf(BODY);
        return OPEN + marked.substring(1, body) + AND + also.code() + marked.substring(body);
    }

    /** Reads a marked text. */
    static TaggedText parse(String marked) {
        return marked.indexOf(OPEN) < 0 ? plain(marked) : new TaggedText(marked, null, null);
    }

    private static List<Span> spansOf(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            char ch = marked.charAt(i);
            if (ch != OPEN) {
                out.append(ch);
                i++;
                continue;
            }
            int body = marked.indexOf(BODY, i), close = marked.indexOf(CLOSE, body);
            List<StepQuantity> of = new ArrayList<>();
            for (String code : marked.substring(i + 1, body).split(String.valueOf(AND))) of.add(StepQuantity.parse(code));
            int start = out.length();
            out.append(marked, body + 1, close);
            spans.add(new Span(start, out.length(), of));
            i = close + 1;
        }
        return spans;
    }

    /** Texts one below the other, their spans kept. */
    public static TaggedText lines(List<TaggedText> parts) {
        StringBuilder s = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (TaggedText p : parts) {
            if (s.length() > 0) s.append('\n');
            int at = s.length();
            for (Span sp : p.spans()) spans.add(new Span(sp.start() + at, sp.end() + at, sp.of()));
            s.append(p.text());
        }
        return new TaggedText(null, s.toString(), spans);
    }

    @Override public boolean equals(Object o) {
        return o instanceof TaggedText t && text().equals(t.text()) && spans().equals(t.spans());
    }

    @Override public int hashCode() { return text().hashCode(); }

    @Override public String toString() { return text(); }
}
