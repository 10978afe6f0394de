package org.spatiallift.engine.geom;

/** p' = R·p + t: a rotation followed by a translation, in metres. */
public record RigidTransform(Mat3 rotation, Vec3 translation) {

    public static final RigidTransform IDENTITY = new RigidTransform(Mat3.IDENTITY, Vec3.ZERO);

    public Vec3 apply(Vec3 p) {
        return rotation.times(p).plus(translation);
    }

    /** Rotates a direction (no translation). */
    public Vec3 applyToDirection(Vec3 d) {
        return rotation.times(d);
    }

    public RigidTransform inverse() {
        Mat3 rt = rotation.transpose();
        return new RigidTransform(rt, rt.times(translation).times(-1));
    }

    /** The transform that applies {@code first}, then this. */
    public RigidTransform after(RigidTransform first) {
        return new RigidTransform(rotation.times(first.rotation), apply(first.translation));
    }
}
