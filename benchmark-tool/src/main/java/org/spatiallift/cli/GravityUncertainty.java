package org.spatiallift.cli;

import java.util.Locale;

/** How the command line states the lift's own gravity uncertainty (degrees), or that it has none. */
final class GravityUncertainty {

    private GravityUncertainty() {
    }

    /** "gravity uncertain by ±0.8°", or, for NaN (gravity given by annotations, or assumed), what it was instead. */
    static String of(double deg) {
        return Double.isNaN(deg) ? "gravity not estimated from the planes (given by annotations, or assumed)"
                : String.format(Locale.ROOT, "gravity uncertain by ±%.1f°", deg);
    }
}
