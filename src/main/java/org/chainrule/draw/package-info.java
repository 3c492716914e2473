/**
 * The one drawing description of a computation graph, shared by the JavaFX canvas and every exporter
 * (SVG, PNG, TikZ), so that positions, shapes, colours and label placement agree everywhere.
 *
 * <p>Coordinates are canvas pixels with y pointing down. A node's model position ({@code x}, {@code y})
 * is the <em>centre</em> of its shape. {@link org.chainrule.draw.DiagramBuilder#build} turns a
 * {@link org.chainrule.model.Graph} plus {@link org.chainrule.draw.Annotations} (what numbers to show)
 * into an immutable {@link org.chainrule.draw.Diagram}: every shape, every edge curve with its
 * arrowhead, and every piece of text with its centre, size and {@link org.chainrule.draw.Ink}. Back ends
 * only paint what it says; none of them computes layout or label positions.
 *
 * <p>Colours and fonts come from one resource, {@code /org/chainrule/draw/theme.properties}, read by
 * {@link org.chainrule.draw.Theme}. Nothing here imports JavaFX.
 */
package org.chainrule.draw;
