package org.spatiallift.engine.validate;

/**
 * QA counts of one category (or overall).
 *
 * @param generated how many were generated
 * @param judged    how many the ground truth could judge
 * @param valid     how many of those were valid
 */
public record CategoryCount(long generated, long judged, long valid) {

    /** valid / judged, NaN when nothing was judged. */
    public double validity() {
        return judged == 0 ? Double.NaN : valid / (double) judged;
    }
}
