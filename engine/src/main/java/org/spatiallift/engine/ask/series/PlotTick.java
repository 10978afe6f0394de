package org.spatiallift.engine.ask.series;

/**
 * A tick of a plot axis.
 *
 * @param px    its position along the axis, pixels from the image's left (x axis) or top (y axis)
 * @param label its value as written beside it
 */
public record PlotTick(double px, String label) {
}
