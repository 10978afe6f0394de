package org.spatiallift.cli;

import java.util.List;

/** Small statistics for benchmark reports. */
final class Stats {

    private Stats() {
    }

    /** The median (mean of the two middle values for an even count); NaN for an empty list. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
