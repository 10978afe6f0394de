package org.spatiallift.engine.geom;

/**
 * An immutable 3-vector in metres (or a unit direction). The frame is named by whoever holds it
 * (a field called {@code centroidCanonical} is in the canonical frame, and so on).
 */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    public static final Vec3 UNIT_X = new Vec3(1, 0, 0);
    public static final Vec3 UNIT_Y = new Vec3(0, 1, 0);
    public static final Vec3 UNIT_Z = new Vec3(0, 0, 1);

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    public double distanceTo(Vec3 o) {
        return minus(o).norm();
    }

    /** This vector scaled to length 1; throws for a zero or non-finite vector. */
    public Vec3 normalized() {
        double n = norm();
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalStateException("cannot normalise the vector " + this + ": its length is " + n);
        }
        return times(1.0 / n);
    }

    /** Angle to another vector in degrees, in [0, 180]. */
    public double angleDegTo(Vec3 o) {
        double c = dot(o) / (norm() * o.norm());
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }

    public double[] toArray() {
        return new double[] {x, y, z};
    }
}
