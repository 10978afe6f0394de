package org.spatiallift.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewCameraTest {

    private static final double EPS = 1e-9;

    @Test
    void targetProjectsToImageCentreAtTheDistance() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {1, 3, 0.5}, 37, 20, 4);

        double[] at = c.projection(800, 600).project(1, 3, 0.5);

        assertThat(at).containsExactly(new double[] {400, 300, 4}, within(EPS));
    }

    @Test
    void frameTakesTheNearestDistanceThatKeepsTheBoxInsideTheMargins() {
        ViewCamera c = new ViewCamera();
        double[] box = {-1, 1, 2, 3, 0, 0.5};

        c.frame(new double[] {0, 2.5, 0.25}, 20, 30, box, 800, 600, 0.05);

        Projection p = c.projection(800, 600);
        double slack = Double.MAX_VALUE;
        for (int k = 0; k < 8; k++) {
            double[] at = p.project(box[k & 1], box[2 + (k >> 1 & 1)], box[4 + (k >> 2 & 1)]);
            assertThat(at[0]).isBetween(40.0, 760.0);
            assertThat(at[1]).isBetween(30.0, 570.0);
            slack = Math.min(slack, Math.min(Math.min(at[0] - 40, 760 - at[0]), Math.min(at[1] - 30, 570 - at[1])));
        }
        assertThat(slack).as("px between the box and the margin on its tightest side").isLessThan(1);
        assertThat(c.pose()).containsExactly(new double[] {20, 30, c.pose()[2]}, within(EPS));
    }

    @Test
    void frontViewLooksAlongForwardWithXRightAndZUp() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {0, 2, 0}, 0, 0, 5);
        Projection p = c.projection(800, 600);
        double f = 300 / Math.tan(Math.toRadians(ViewCamera.DEFAULT_FOV_DEG / 2));

        assertThat(p.f()).isCloseTo(f, within(EPS));
        assertThat(p.project(1, 2, 0)).containsExactly(new double[] {400 + f / 5, 300, 5}, within(EPS));
        assertThat(p.project(0, 2, 1)).containsExactly(new double[] {400, 300 - f / 5, 5}, within(EPS));
        assertThat(p.project(0, 3, 0)[2]).as("forward is deeper").isCloseTo(6, within(EPS));
        assertThat(p.project(0, -3.5, 0)).as("behind the camera").isNull();
    }

    @Test
    void topViewLooksDownWithForwardUpTheImage() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {0, 2, 0}, 0, 89.9, 5);
        Projection p = c.projection(800, 600);

        assertThat(p.project(0, 3, 0)[1]).as("forward is up the image").isLessThan(300);
        assertThat(p.project(1, 2, 0)[0]).as("x is right").isGreaterThan(400);
        assertThat(p.project(0, 2, 1)[2]).as("up is nearer").isCloseTo(4, within(0.01));
    }

    @Test
    void sideViewSeesFromPlusX() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {0, 2, 0}, -90, 0, 5);
        Projection p = c.projection(800, 600);

        assertThat(p.project(1, 2, 0)[2]).isCloseTo(4, within(EPS));
        assertThat(p.project(0, 3, 0)[0]).as("forward is to the right, seen from +x").isGreaterThan(400);
    }

    @Test
    void lookFromStandsAtTheEyeLookingAheadAndDown() {
        ViewCamera c = new ViewCamera();
        c.lookFrom(new double[] {0.2, 0, 1.5}, 30, 2);
        Projection p = c.projection(640, 480);

        assertThat(p.toCamera(0.2, 0, 1.5)).as("the eye is the camera centre").containsExactly(new double[] {0, 0, 0},
                within(1e-9));
        double[] ahead = {0.2, 2 * Math.cos(Math.toRadians(30)), 1.5 - 2 * Math.sin(Math.toRadians(30))};
        assertThat(p.project(ahead[0], ahead[1], ahead[2])).containsExactly(new double[] {320, 240, 2}, within(EPS));
    }

    @Test
    void orbitClampsPitchAndZoomClampsDistance() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {0, 0, 0}, 0, 80, 1);
        c.orbit(10, 30);
        c.zoom(0.01);

        assertThat(c.pose()).containsExactly(new double[] {10, 89.9, 0.1}, within(EPS));
    }

    @Test
    void panMovesTheSceneWithTheDrag() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {0, 2, 0}, 0, 0, 8);
        c.pan(100, 0);

        assertThat(c.projection(800, 600).project(0, 2, 0)[0]).as("dragged right, the target moves right")
                .isGreaterThan(400);
    }
}
