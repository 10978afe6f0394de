package org.spatiallift.app.view;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Cylinder;
import javafx.scene.transform.Rotate;

/** Canonical axes (x red, y green, z blue, 1 m each) and a floor grid with 1 m spacing, in canonical coordinates. */
final class Guides {

    private static final double AXIS_RADIUS_M = 0.012;
    private static final double LINE_M = 0.006;

    private Guides() {
    }

    static Group axes() {
        return new Group(axis(Color.web("#e0443e"), Rotate.Z_AXIS, -90),
                axis(Color.web("#3fbf4a"), Rotate.X_AXIS, 0),
                axis(Color.web("#3f7fe0"), Rotate.X_AXIS, 90));
    }

    /** A 1 m cylinder from the origin; a JavaFX cylinder runs along its own y, turned by {@code angle} about {@code about}. */
    private static Node axis(Color colour, javafx.geometry.Point3D about, double angle) {
        Cylinder c = new Cylinder(AXIS_RADIUS_M, 1.0);
        c.setMaterial(new PhongMaterial(colour));
        c.getTransforms().addAll(new Rotate(angle, about), new javafx.scene.transform.Translate(0, 0.5, 0));
        return c;
    }

    /** Grid lines on z = 0 every metre, covering the cloud's footprint. */
    static Group floorGrid(double[] b) {
        Group g = new Group();
        PhongMaterial m = new PhongMaterial(Color.gray(0.55));
        double x0 = Math.floor(b[0]), x1 = Math.ceil(b[1]), y0 = Math.floor(Math.min(0, b[2])), y1 = Math.ceil(b[3]);
        for (double x = x0; x <= x1; x += 1) {
            Box line = new Box(LINE_M, y1 - y0, LINE_M);
            line.setTranslateX(x);
            line.setTranslateY((y0 + y1) / 2);
            line.setMaterial(m);
            g.getChildren().add(line);
        }
        for (double y = y0; y <= y1; y += 1) {
            Box line = new Box(x1 - x0, LINE_M, LINE_M);
            line.setTranslateX((x0 + x1) / 2);
            line.setTranslateY(y);
            line.setMaterial(m);
            g.getChildren().add(line);
        }
        return g;
    }

    /** {minX, maxX, minY, maxY, minZ, maxZ} of the points. */
    static double[] bounds(float[] xyz, int count) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < count; i++) {
            for (int a = 0; a < 3; a++) {
                b[2 * a] = Math.min(b[2 * a], xyz[3 * i + a]);
                b[2 * a + 1] = Math.max(b[2 * a + 1], xyz[3 * i + a]);
            }
        }
        return count == 0 ? new double[] {-1, 1, 0, 4, 0, 2} : b;
    }
}
