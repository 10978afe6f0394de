package org.spatiallift.engine.geom;

/**
 * The plane n·p + d = 0 with a unit normal n; {@link #signedDistance} is n·p + d in metres.
 * The frame of n and p is the holder's (for example {@code floorCamera}).
 */
public record Plane(Vec3 normal, double offset) {

    public Plane {
        if (!normal.isFinite() || Math.abs(normal.norm() - 1) > 1e-6 || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("a plane needs a finite unit normal and offset, got " + normal + ", " + offset);
        }
    }

    /** The plane through {@code point} with normal {@code normal} (normalised here). */
    public static Plane through(Vec3 point, Vec3 normal) {
        Vec3 n = normal.normalized();
        return new Plane(n, -n.dot(point));
    }

    public double signedDistance(Vec3 p) {
        return normal.dot(p) + offset;
    }

    public double signedDistance(double x, double y, double z) {
        return normal.x() * x + normal.y() * y + normal.z() * z + offset;
    }

    /** The same plane with the normal reversed. */
    public Plane flipped() {
        return new Plane(normal.times(-1), -offset);
    }

    /** The foot of the perpendicular from {@code p} on the plane. */
    public Vec3 project(Vec3 p) {
        return p.minus(normal.times(signedDistance(p)));
    }
}
