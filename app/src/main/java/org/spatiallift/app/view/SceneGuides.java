package org.spatiallift.app.view;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;

import org.fxyz3d.scene.Axes;

/**
 * Helpers drawn in the canonical frame: the axes gizmo (FXyz3D {@link Axes}, 1 m, x red, y green, z blue), a floor grid
 * with 1 m spacing on z = 0 and the camera frustum.
 */
final class SceneGuides {

    static final double LINE_M = 0.004;
    static final Color GRID = Color.gray(0.5);
    static final Color FRUSTUM = Color.web("#f2f2f2");

    private SceneGuides() {
    }

    /** FXyz3D's axes are 60 units long and 3 thick; scaled to 1 m long, 1.5 cm thick. */
    static Node axes() {
        Axes axes = new Axes(1.0 / 60);
        axes.setRadius(0.9);
        return axes;
    }

    /** Grid lines on z = 0 every metre over the cloud's footprint {minX, maxX, minY, maxY, ...} and the origin. */
    static Group floorGrid(double[] b) {
        Group g = new Group();
        PhongMaterial m = Lines3d.material(GRID);
        double x0 = Math.floor(Math.min(0, b[0])), x1 = Math.ceil(Math.max(0, b[1]));
        double y0 = Math.floor(Math.min(0, b[2])), y1 = Math.ceil(Math.max(0, b[3]));
        for (double x = x0; x <= x1; x += 1) {
            g.getChildren().add(Lines3d.segment(new double[] {x, y0, 0}, new double[] {x, y1, 0}, LINE_M / 2, m));
        }
        for (double y = y0; y <= y1; y += 1) {
            g.getChildren().add(Lines3d.segment(new double[] {x0, y, 0}, new double[] {x1, y, 0}, LINE_M / 2, m));
        }
        return g;
    }

    /** Lines from the camera centre to the four image corners and around the image rectangle. */
    static Group frustum(double[] f) {
        Group g = new Group();
        PhongMaterial m = Lines3d.material(FRUSTUM);
        double[] apex = {f[0], f[1], f[2]};
        for (int c = 1; c <= 4; c++) {
            double[] corner = {f[3 * c], f[3 * c + 1], f[3 * c + 2]};
            int n = c == 4 ? 1 : c + 1;
            double[] next = {f[3 * n], f[3 * n + 1], f[3 * n + 2]};
            g.getChildren().addAll(Lines3d.segment(apex, corner, LINE_M / 2, m),
                    Lines3d.segment(corner, next, LINE_M / 2, m));
        }
        return g;
    }
}
