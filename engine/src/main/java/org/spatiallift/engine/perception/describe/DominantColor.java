package org.spatiallift.engine.perception.describe;

import java.util.Map;

/**
 * The colour an object mostly shows.
 *
 * @param name   the reported colour name with most votes, or null when no name reaches the required share
 * @param share  the leading name's share of the votes in [0, 1], also when it falls short (0 without pixels)
 * @param shares every reported name's share of the votes
 */
public record DominantColor(String name, double share, Map<String, Double> shares) {

    public DominantColor {
        shares = Map.copyOf(shares);
    }

    /** The share of the votes for {@code reported} (0 when it got none). */
    public double shareOf(String reported) {
        return shares.getOrDefault(reported, 0.0);
    }

    public static DominantColor none() {
        return new DominantColor(null, 0, Map.of());
    }
}
