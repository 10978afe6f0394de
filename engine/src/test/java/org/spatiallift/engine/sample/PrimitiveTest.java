package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrimitiveTest {

    private static Primitive box(double yawDeg) {
        // centre (0, 0, 0.5), edges 1.0 x 0.1 x 0.2
        return new Primitive(0, Shape.BOX, 0, 0, 0.5, 0.5, 0.05, 0.1, Math.toRadians(yawDeg));
    }

    @Test
    void hitReturnsEntryParameterOfBoxTopFromAbove() {
        assertThat(box(0).hit(0.3, 0.02, 2.0, 0, 0, -2)).isCloseTo((2.0 - 0.6) / 2, within(1e-12));
    }

    @Test
    void hitFollowsYawCounterClockwiseFromCanonicalX() {
        Primitive yawed = box(30);
        double c = Math.cos(Math.toRadians(30)), s = Math.sin(Math.toRadians(30));

        assertThat(yawed.hit(0.4 * c, 0.4 * s, 2, 0, 0, -1)).isCloseTo(1.4, within(1e-12));
        assertThat(yawed.hit(0.4 * c, -0.4 * s, 2, 0, 0, -1)).isInfinite();
    }

    @Test
    void hitMissesBoxBehindTheRayAndFromInside() {
        assertThat(box(0).hit(0, 0, 2.0, 0, 0, 1)).isInfinite();
        assertThat(box(0).hit(0, 0, 0.5, 1, 0, 0)).isInfinite();
    }

    @Test
    void hitMeetsCylinderSideAtDistanceMinusRadius() {
        Primitive cylinder = new Primitive(0, Shape.CYLINDER, 3, 0, 0.5, 0.25, 0.25, 0.5, 0);

        assertThat(cylinder.hit(0, 0, 0.5, 2, 0, 0)).isCloseTo((3 - 0.25) / 2, within(1e-12));
        assertThat(cylinder.hit(0, 0, 1.2, 1, 0, 0)).isInfinite();
    }

    @Test
    void hitMeetsCylinderCapInsideRadiusOnly() {
        Primitive cylinder = new Primitive(0, Shape.CYLINDER, 0, 0, 0.5, 0.25, 0.25, 0.5, 0);

        assertThat(cylinder.hit(0.2, 0, 3, 0, 0, -1)).isCloseTo(2.0, within(1e-12));
        assertThat(cylinder.hit(0.2, 0.2, 3, 0, 0, -1)).isInfinite();
    }

    @Test
    void hitMeetsSphereAtDistanceMinusRadius() {
        Primitive sphere = new Primitive(0, Shape.SPHERE, 0, 4, 1, 0.5, 0.5, 0.5, 0);

        assertThat(sphere.hit(0, 0, 1, 0, 1, 0)).isCloseTo(3.5, within(1e-12));
        assertThat(sphere.hit(0, 0, 1.6, 0, 1, 0)).isInfinite();
    }

    @Test
    void normalAtPointsOutOfTheFaceHit() {
        double[] n = new double[3];
        box(90).normalAt(0.05, 0, 0.5, n);
        assertThat(n).containsExactly(new double[] {1, 0, 0}, within(1e-12));

        new Primitive(0, Shape.CYLINDER, 0, 0, 0.5, 0.25, 0.25, 0.5, 0).normalAt(0, -0.25, 0.3, n);
        assertThat(n).containsExactly(new double[] {0, -1, 0}, within(1e-12));

        new Primitive(0, Shape.CYLINDER, 0, 0, 0.5, 0.25, 0.25, 0.5, 0).normalAt(0.1, 0, 1.0, n);
        assertThat(n).containsExactly(new double[] {0, 0, 1}, within(1e-12));
    }
}
