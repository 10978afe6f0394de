package org.spatiallift.engine.ask.series;

/**
 * Where one tracked object is in one frame.
 *
 * @param candidate its index in the frame's candidates, or -1 when it is lost there
 * @param jumpM     how far its centre moved since it was last seen (camera frame), m; NaN when lost
 * @param reason    why it is lost; null when found
 */
public record TrackMatch(int candidate, double jumpM, String reason) {

    public TrackMatch {
        if ((candidate < 0) != (reason != null)) {
            throw new IllegalArgumentException("a match is found (candidate >= 0) or lost with a reason, got candidate "
                    + candidate + " and reason " + reason);
        }
    }

    public static TrackMatch found(int candidate, double jumpM) {
        return new TrackMatch(candidate, jumpM, null);
    }

    public static TrackMatch lost(String reason) {
        return new TrackMatch(-1, Double.NaN, reason);
    }

    public boolean isFound() {
        return candidate >= 0;
    }
}
