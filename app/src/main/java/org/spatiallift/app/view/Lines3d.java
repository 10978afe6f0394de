package org.spatiallift.app.view;

import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/** Thin cylinders as line segments, and small spheres as markers, in the coordinates of their parent group. */
final class Lines3d {

    private Lines3d() {
    }

    /** A segment from a to b of radius {@code r}. */
    static Node segment(double[] a, double[] b, double r, PhongMaterial material) {
        Point3D pa = new Point3D(a[0], a[1], a[2]);
        Point3D pb = new Point3D(b[0], b[1], b[2]);
        Point3D d = pb.subtract(pa);
        double length = d.magnitude();
        Cylinder c = new Cylinder(r, Math.max(1e-6, length), 6);
        c.setMaterial(material);
        Point3D mid = pa.midpoint(pb);
        c.getTransforms().add(new Translate(mid.getX(), mid.getY(), mid.getZ()));
        Point3D axis = Rotate.Y_AXIS.crossProduct(d);
        double angle = Rotate.Y_AXIS.angle(d);
        if (axis.magnitude() > 1e-9) {
            c.getTransforms().add(new Rotate(angle, axis));
        } else if (d.getY() < 0) {
            c.getTransforms().add(new Rotate(180, Rotate.X_AXIS));
        }
        return c;
    }

    /** The 12 edges of the box from {@code min} to {@code max}. */
    static Group box(double[] min, double[] max, double r, Color colour) {
        PhongMaterial m = material(colour);
        Group g = new Group();
        double[][] corners = new double[8][];
        for (int i = 0; i < 8; i++) {
            corners[i] = new double[] {(i & 1) == 0 ? min[0] : max[0], (i & 2) == 0 ? min[1] : max[1],
                (i & 4) == 0 ? min[2] : max[2]};
        }
        for (int i = 0; i < 8; i++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((i & bit) == 0) {
                    g.getChildren().add(segment(corners[i], corners[i | bit], r, m));
                }
            }
        }
        return g;
    }

    /** A ball of radius {@code r} at {@code p}. */
    static Node marker(double[] p, double r, Color colour) {
        Sphere s = new Sphere(r, 12);
        s.setMaterial(material(colour));
        s.getTransforms().add(new Translate(p[0], p[1], p[2]));
        return s;
    }

    static PhongMaterial material(Color colour) {
        PhongMaterial m = new PhongMaterial(colour);
        m.setSpecularColor(Color.TRANSPARENT);
        return m;
    }
}
