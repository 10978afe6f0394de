package org.spatiallift.engine.plausibility;

import java.util.Locale;

/** A range of lengths in metres, min ≤ max, both positive and finite. */
public record SizeRange(double minM, double maxM) {

    public SizeRange {
        if (!(minM > 0) || !(maxM >= minM) || !Double.isFinite(maxM)) {
            throw new IllegalArgumentException("a size range needs 0 < min <= max (metres), got " + minM + " to " + maxM);
        }
    }

    public boolean contains(double m) {
        return m >= minM && m <= maxM;
    }

    /** "0.80–2.20 m". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f–%.2f m", minM, maxM);
    }
}
