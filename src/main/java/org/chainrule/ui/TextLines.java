package org.chainrule.ui;

import java.util.Collections;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/** The height of whole lines of text, for panes that show a fixed number of lines and no part of another. */
public final class TextLines {
    private TextLines() {}

    /**
     * The height of {@code n} lines of {@code font} with {@code lineSpacing}, measured as a Label measures its
     * text (bounds symmetric about the centre line), rounded up to the pixel plus one, so the last line's
     * descenders are never cut.
     */
    public static double height(Font font, double lineSpacing, int n) {
        Text t = new Text(String.join("\n", Collections.nCopies(n, "Ágjy")));
        t.setFont(font);
        t.setLineSpacing(lineSpacing);
        t.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return Math.ceil(t.getLayoutBounds().getHeight() + lineSpacing) + 1;
    }

    /** How many lines {@code text} takes in {@code font} wrapped at {@code width} (at least one). */
    public static int count(String text, Font font, double width) {
        Text t = new Text(text == null || text.isEmpty() ? "Ágjy" : text);
        t.setFont(font);
        t.setWrappingWidth(width);
        t.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        Text one = new Text("Ágjy");
        one.setFont(font);
        one.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return Math.max(1, (int) Math.round(t.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight()));
    }
}
