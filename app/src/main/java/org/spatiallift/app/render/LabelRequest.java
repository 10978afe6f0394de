package org.spatiallift.app.render;

/**
 * A label to place over a view: the point it names ({@code anchorX}, {@code anchorY}, view pixels), its size, and its
 * priority (0 the most important; a more important label is placed first and keeps its place).
 */
public record LabelRequest(double anchorX, double anchorY, double width, double height, int priority) {
}
