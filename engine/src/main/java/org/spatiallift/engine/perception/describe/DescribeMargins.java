package org.spatiallift.engine.perception.describe;

/**
 * How clearly two objects must differ before an attribute may tell them apart: a near-tie is never used to
 * distinguish ("the chair on the left" only when it is clearly left of the other).
 *
 * @param minPositionM          left/right (canonical x) and nearer/farther (canonical y) need centroids at least this far
 *                              apart (metres) ...
 * @param positionShareOfExtent ... and at least this share of the two objects' mean extent along that axis
 * @param sizeRatio             smaller/larger need sizes (cube root of the oriented box volume) in at least this ratio
 * @param minColorShare         an object has a colour when at least this share of its well-lit pixels carry it
 * @param colorMargin           "the red chair" needs every other chair's share of red at least this much below its own
 *                              (and below minColorShare)
 * @param middleAzimuthDeg      captions say "in the middle" within this azimuth of straight ahead, else left or right
 * @param contactM              an object rests on another when its bottom is within this of the other's top (metres)
 */
public record DescribeMargins(double minPositionM, double positionShareOfExtent, double sizeRatio, double minColorShare,
                              double colorMargin, double middleAzimuthDeg, double contactM) {

    public DescribeMargins {
        if (!(minPositionM >= 0) || !(positionShareOfExtent >= 0) || !(sizeRatio > 1) || !(minColorShare > 0)
                || !(minColorShare <= 1) || !(colorMargin >= 0) || !(middleAzimuthDeg >= 0) || !(contactM >= 0)) {
            throw new IllegalArgumentException("describe margins need non-negative distances and shares, sizeRatio > 1 and "
                    + "minColorShare in (0, 1], got " + minPositionM + ", " + positionShareOfExtent + ", " + sizeRatio + ", "
                    + minColorShare + ", " + colorMargin + ", " + middleAzimuthDeg + ", " + contactM);
        }
    }

    /** Defaults: 0.15 m and half the mean extent, size ratio 1.25, colour share 0.4 with margin 0.25, 10°, 6 cm. */
    public static DescribeMargins defaults() {
        return new DescribeMargins(0.15, 0.5, 1.25, 0.4, 0.25, 10.0, 0.06);
    }
}
