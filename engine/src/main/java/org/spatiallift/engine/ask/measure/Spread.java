package org.spatiallift.engine.ask.measure;

import org.spatiallift.engine.ask.Interval;

/**
 * What the plausible other measurements ({@link PerturbedScenes}) say about one answer.
 *
 * @param interval quantities: the central 95 % of the decided samples' values, widened to hold the answer's own
 *                 value; null for qualitative answers or when too few samples decided
 * @param agreeing the share of samples that give the same answer (the same yes/no, object, order, direction or tie;
 *                 for quantities, a decided value), 0–1
 */
public record Spread(Interval interval, double agreeing) {
}
