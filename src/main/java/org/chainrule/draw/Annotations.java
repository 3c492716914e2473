package org.chainrule.draw;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to show on top of the plain graph: per node a value text and a gradient text (each with a
 * full-precision tooltip), highlighted or dimmed; per edge the value it carries (forward colour), the
 * gradient it carries back (backward colour, drawn on the other side of the edge) and highlighted or
 * dimmed. Nodes are keyed by id, edges by their key ({@code FROM->TO}, {@code FROM->TO#2}). Texts are
 * already formatted; a node with several consumers usually gets its gradient as a sum, e.g.
 * {@code 1 + 0.001 = 1.001}. Immutable; build with {@link #builder()}.
 */
public final class Annotations {
    /** What one node shows. Null texts are not drawn. */
    public record NodeNote(String value, String valueTooltip, String grad, String gradTooltip,
                           boolean highlighted, boolean dimmed) {
        public static final NodeNote EMPTY = new NodeNote(null, null, null, null, false, false);

        public NodeNote withValue(String text, String tooltip) {
            return new NodeNote(text, tooltip, grad, gradTooltip, highlighted, dimmed);
        }

        public NodeNote withGrad(String text, String tooltip) {
            return new NodeNote(value, valueTooltip, text, tooltip, highlighted, dimmed);
        }

        public NodeNote withHighlighted(boolean on) {
            return new NodeNote(value, valueTooltip, grad, gradTooltip, on, dimmed);
        }

        public NodeNote withDimmed(boolean on) {
            return new NodeNote(value, valueTooltip, grad, gradTooltip, highlighted, on);
        }
    }

    /** What one edge shows. Null texts are not drawn. */
    public record EdgeNote(String value, String valueTooltip, String grad, String gradTooltip,
                           boolean highlighted, boolean dimmed) {
        public static final EdgeNote EMPTY = new EdgeNote(null, null, null, null, false, false);

        public EdgeNote withValue(String text, String tooltip) {
            return new EdgeNote(text, tooltip, grad, gradTooltip, highlighted, dimmed);
        }

        public EdgeNote withGrad(String text, String tooltip) {
            return new EdgeNote(value, valueTooltip, text, tooltip, highlighted, dimmed);
        }

        public EdgeNote withHighlighted(boolean on) {
            return new EdgeNote(value, valueTooltip, grad, gradTooltip, on, dimmed);
        }

        public EdgeNote withDimmed(boolean on) {
            return new EdgeNote(value, valueTooltip, grad, gradTooltip, highlighted, on);
        }
    }

    private static final Annotations NONE = new Annotations(Map.of(), Map.of());

    private final Map<String, NodeNote> nodes;
    private final Map<String, EdgeNote> edges;

    private Annotations(Map<String, NodeNote> nodes, Map<String, EdgeNote> edges) {
        this.nodes = Map.copyOf(nodes);
        this.edges = Map.copyOf(edges);
    }

    /** Nothing on top of the graph. */
    public static Annotations none() { return NONE; }

    public static Builder builder() { return new Builder(); }

    /** A builder starting from these annotations. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.nodes.putAll(nodes);
        b.edges.putAll(edges);
        return b;
    }

    /** The note of a node ({@link NodeNote#EMPTY} if none). */
    public NodeNote node(String id) { return nodes.getOrDefault(id, NodeNote.EMPTY); }

    /** The note of an edge by key ({@link EdgeNote#EMPTY} if none). */
    public EdgeNote edge(String key) { return edges.getOrDefault(key, EdgeNote.EMPTY); }

    public Map<String, NodeNote> nodes() { return nodes; }

    public Map<String, EdgeNote> edges() { return edges; }

    /** Collects notes; later calls for the same id or key replace earlier ones. */
    public static final class Builder {
        private final Map<String, NodeNote> nodes = new LinkedHashMap<>();
        private final Map<String, EdgeNote> edges = new LinkedHashMap<>();

        public Builder node(String id, NodeNote note) {
            nodes.put(id, note);
            return this;
        }

        public Builder edge(String key, EdgeNote note) {
            edges.put(key, note);
            return this;
        }

        public NodeNote node(String id) { return nodes.getOrDefault(id, NodeNote.EMPTY); }

        public EdgeNote edge(String key) { return edges.getOrDefault(key, EdgeNote.EMPTY); }

        public Annotations build() { return new Annotations(nodes, edges); }
    }
}
