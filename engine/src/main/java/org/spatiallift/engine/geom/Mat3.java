package org.spatiallift.engine.geom;

/** An immutable 3x3 matrix, row-major; used for rotations between frames. */
public record Mat3(double m00, double m01, double m02,
                   double m10, double m11, double m12,
                   double m20, double m21, double m22) {

    public static final Mat3 IDENTITY = new Mat3(1, 0, 0, 0, 1, 0, 0, 0, 1);

    public static Mat3 ofRows(Vec3 r0, Vec3 r1, Vec3 r2) {
        return new Mat3(r0.x(), r0.y(), r0.z(), r1.x(), r1.y(), r1.z(), r2.x(), r2.y(), r2.z());
    }

    public static Mat3 ofColumns(Vec3 c0, Vec3 c1, Vec3 c2) {
        return ofRows(c0, c1, c2).transpose();
    }

    /** Right-handed rotation by {@code rad} about the x axis. */
    public static Mat3 rotationX(double rad) {
        double c = Math.cos(rad), s = Math.sin(rad);
        return new Mat3(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** Right-handed rotation by {@code rad} about the y axis. */
    public static Mat3 rotationY(double rad) {
        double c = Math.cos(rad), s = Math.sin(rad);
        return new Mat3(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /** Right-handed rotation by {@code rad} about the z axis. */
    public static Mat3 rotationZ(double rad) {
        double c = Math.cos(rad), s = Math.sin(rad);
        return new Mat3(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    public Vec3 row(int i) {
        return switch (i) {
            case 0 -> new Vec3(m00, m01, m02);
            case 1 -> new Vec3(m10, m11, m12);
            case 2 -> new Vec3(m20, m21, m22);
            default -> throw new IndexOutOfBoundsException("row " + i + " of a 3x3 matrix");
        };
    }

    public Vec3 column(int j) {
        return transpose().row(j);
    }

    public Vec3 times(Vec3 v) {
        return new Vec3(
                m00 * v.x() + m01 * v.y() + m02 * v.z(),
                m10 * v.x() + m11 * v.y() + m12 * v.z(),
                m20 * v.x() + m21 * v.y() + m22 * v.z());
    }

    public Mat3 times(Mat3 o) {
        Mat3 t = o.transpose();
        return ofRows(
                new Vec3(row(0).dot(t.row(0)), row(0).dot(t.row(1)), row(0).dot(t.row(2))),
                new Vec3(row(1).dot(t.row(0)), row(1).dot(t.row(1)), row(1).dot(t.row(2))),
                new Vec3(row(2).dot(t.row(0)), row(2).dot(t.row(1)), row(2).dot(t.row(2))));
    }

    public Mat3 transpose() {
        return new Mat3(m00, m10, m20, m01, m11, m21, m02, m12, m22);
    }

    public double determinant() {
        return m00 * (m11 * m22 - m12 * m21) - m01 * (m10 * m22 - m12 * m20) + m02 * (m10 * m21 - m11 * m20);
    }
}
