package org.spatiallift.engine.ask.series;

/**
 * How far a tracked object may move between frames and still be the same object, in the camera frame (x right,
 * y down, z forward, metres).
 *
 * @param maxJumpM   the farthest an object's box centre may move from one frame to the next, m; it is searched for
 *                   within {@code maxJumpM × frames since it was last seen}. Beyond, it is lost in that frame
 * @param ambiguityM when two objects of its label lie within that reach and the farther is less than this much
 *                   farther than the nearer, which one it is cannot be told: it is lost in that frame, not guessed, m
 */
public record TrackingLimits(double maxJumpM, double ambiguityM) {

    public TrackingLimits {
        if (!(maxJumpM > 0) || !Double.isFinite(maxJumpM)) {
            throw new IllegalArgumentException("the maximum jump must be a positive number of metres, got " + maxJumpM);
        }
        if (!(ambiguityM >= 0) || !(ambiguityM < maxJumpM)) {
            throw new IllegalArgumentException("the ambiguity margin must lie in [0, maximum jump " + maxJumpM
                    + " m), got " + ambiguityM + " m");
        }
    }

    /**
     * 0.3 m and 0.1 m: a hand-held camera at video rate moves an object's box centre by a few centimetres per frame
     * (1–2 cm on the Redwood frames, with the jitter of a box from a detector mask), and a turn of 5° per frame moves
     * an object 3 m away by 0.26 m; two objects of one label whose distances differ by less than 0.1 m are within that
     * jitter of each other.
     */
    public static TrackingLimits defaults() {
        return new TrackingLimits(0.3, 0.1);
    }
}
