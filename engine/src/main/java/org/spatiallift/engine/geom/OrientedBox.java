package org.spatiallift.engine.geom;

/**
 * A box in the canonical frame rotated about the vertical z axis: centre, edge lengths along its own
 * axes (x', y', z) in metres, and yaw in degrees from the canonical x axis to x', counter-clockwise seen from above.
 */
public record OrientedBox(Vec3 center, Vec3 extents, double yawDeg) {

    /**
     * Whether the point (x, y, z) (canonical frame, metres) lies in this box grown by {@code marginM} on every side:
     * the point is rotated by −yaw about z into the box's axes and compared with the half extents plus the margin
     * (boundary included).
     */
    public boolean contains(double x, double y, double z, double marginM) {
        double yaw = Math.toRadians(yawDeg);
        double cos = Math.cos(yaw), sin = Math.sin(yaw);
        double dx = x - center.x(), dy = y - center.y(), dz = z - center.z();
        double u = cos * dx + sin * dy, v = -sin * dx + cos * dy;
        return Math.abs(u) <= extents.x() / 2 + marginM && Math.abs(v) <= extents.y() / 2 + marginM
                && Math.abs(dz) <= extents.z() / 2 + marginM;
    }
}
