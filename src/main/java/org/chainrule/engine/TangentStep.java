package org.chainrule.engine;

import org.chainrule.model.Node;

/**
 * One step of a forward-mode pass: a node at a time step, its tangent, and how it was found, with the dot
 * notation of the AD literature: {@code ṡ = (wx)˙ + ẋ = 0.001 + 1 = 1.001}.
 *
 * @param node the model node, or null when evaluated from a compiled form alone
 * @param rule the tangent rule in symbols ({@code ṡ = (wx)˙ + ẋ})
 * @param text the whole step: the rule, its numbers and the result
 */
public record TangentStep(Node node, String nodeId, int t, double tangent, String rule, String text) {
    /** The tangent of a name in the dot notation: {@code ẋ}, {@code ḣ_2}, {@code (w·x)˙}. */
    public static String dot(String name) { return TangentExplainer.dot(name); }
}
