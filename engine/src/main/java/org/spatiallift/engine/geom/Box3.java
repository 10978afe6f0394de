package org.spatiallift.engine.geom;

/** An axis-aligned box from {@code min} to {@code max} (metres, in the holder's frame). */
public record Box3(Vec3 min, Vec3 max) {

    public Box3 {
        if (min.x() > max.x() || min.y() > max.y() || min.z() > max.z()) {
            throw new IllegalArgumentException("box min " + min + " exceeds max " + max);
        }
    }

    public Vec3 center() {
        return min.plus(max).times(0.5);
    }

    /** Edge lengths along x, y and z in metres. */
    public Vec3 extents() {
        return max.minus(min);
    }
}
