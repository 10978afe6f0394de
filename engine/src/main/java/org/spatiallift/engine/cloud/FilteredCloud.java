package org.spatiallift.engine.cloud;

/**
 * The result of a point filter: the kept points and, for each, its index in the input cloud (ascending).
 *
 * @param cloud       the kept points, in input order
 * @param keptIndices index in the input cloud of each kept point
 * @param removed     how many points were dropped
 */
public record FilteredCloud(PointCloud cloud, int[] keptIndices, int removed) {

    public FilteredCloud {
        if (keptIndices.length != cloud.size() || removed < 0) {
            throw new IllegalArgumentException("kept indices (" + keptIndices.length + ") must match the kept cloud ("
                    + cloud.size() + ") and removed (" + removed + ") must be non-negative");
        }
    }
}
