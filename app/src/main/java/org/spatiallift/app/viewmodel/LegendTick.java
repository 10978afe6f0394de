package org.spatiallift.app.viewmodel;

/** A labelled mark on a colour legend: {@code fraction} 0 at the near/low end, 1 at the far/high end. */
public record LegendTick(double fraction, String label) {
}
