package org.spatiallift.engine.ask.series;

/** A point of a plot, in pixels from the image's top-left corner (x right, y down). */
public record PlotPoint(double x, double y) {
}
