package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Step;
import org.chainrule.engine.TaggedText;

/** The stepper's explanation of a step, with the quantity of each number ({@link TaggedText}). */
final class StepText {
    private StepText() {}

    /** The explanation before stepping starts, while the canvas shows the editor's values. */
    static final String VALUES_SHOWN = "Every value shown: → (or Space) steps from the start.";

    /** The step's text and, for a neuron going backward, its bias and weight gradients below. */
    static String explain(Step step) {
        return explainTagged(step).text();
    }

    /** {@link #explain}, tagged. */
    static TaggedText explainTagged(Step step) {
        if (step == null) return TaggedText.plain("Press → (or Space to play) to start the forward pass.");
        List<TaggedText> lines = new ArrayList<>();
        lines.add(step.explanation());
        lines.addAll(step.lines());
        return TaggedText.lines(lines);
    }

    /**
     * {@link #explainTagged}, and for a function node going backward its local derivatives written out from
     * the function's body ({@link org.chainrule.engine.symbolic.FunctionDerivatives}); not while a quiz is
     * on ({@code local} false): those lines name the node's arguments' values.
     */
    static TaggedText explainTagged(org.chainrule.model.Graph g, org.chainrule.engine.Evaluation ev, Step step, boolean local) {
        TaggedText text = explainTagged(step);
        if (!local || step == null || step.phase() != org.chainrule.engine.Phase.BACKWARD || step.node() == null) return text;
        List<TaggedText> lines = new ArrayList<>(List.of(text));
        for (String l : org.chainrule.engine.symbolic.FunctionDerivatives.lines(g, step.node(), ev, step.t())) lines.add(TaggedText.plain(l));
        return lines.size() == 1 ? text : TaggedText.lines(lines);
    }

    /**
     * At the end of a recurrent graph's backward pass, the totals over time that earlier steps wrote (the
     * answers an exam asks for), so they are on screen when the pass is done.
     */
    static TaggedText totalsAtTheEnd(Step last, List<TaggedText> totals) {
        List<TaggedText> lines = new ArrayList<>();
        for (TaggedText t : totals) if (last == null || !last.lines().contains(t)) lines.add(t);
        if (lines.isEmpty()) return TaggedText.plain("");
        lines.add(0, TaggedText.plain("Totals over the time steps:"));
        return TaggedText.lines(lines);
    }
}
