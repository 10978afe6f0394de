package org.spatiallift.engine.plausibility;

/**
 * Whether an object's measured box fits its label.
 *
 * @param plausible true unless the measurement contradicts the label
 * @param reason    why: for an implausible object the measured value, the allowed range, unit and frame ("measured
 *                  height 0.47 m (canonical, gravity-up) ... below the 0.80–2.20 m of a refrigerator ..."); for a
 *                  plausible one what was or was not judged
 */
public record PlausibilityVerdict(boolean plausible, String reason) {

    public PlausibilityVerdict {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a plausibility verdict needs a reason");
        }
    }

    static PlausibilityVerdict plausible(String reason) {
        return new PlausibilityVerdict(true, reason);
    }

    static PlausibilityVerdict implausible(String reason) {
        return new PlausibilityVerdict(false, reason);
    }
}
