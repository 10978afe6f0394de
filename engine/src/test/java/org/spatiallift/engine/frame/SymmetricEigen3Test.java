package org.spatiallift.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.Vec3;

class SymmetricEigen3Test {

    @Test
    void ofRecoversEigenpairsOfRotatedDiagonalMatrix() {
        Mat3 r = Mat3.rotationZ(0.7).times(Mat3.rotationX(-0.4)).times(Mat3.rotationY(1.1));
        Mat3 d = new Mat3(3, 0, 0, 0, 0.5, 0, 0, 0, 1e-4);
        Mat3 a = r.times(d).times(r.transpose());

        SymmetricEigen3 e = SymmetricEigen3.of(a.m00(), a.m01(), a.m02(), a.m11(), a.m12(), a.m22());

        assertThat(e.values()).containsExactly(new double[] {1e-4, 0.5, 3}, within(1e-12));
        assertThat(Math.abs(e.smallestVector().dot(r.column(2)))).isCloseTo(1, within(1e-12));
        assertThat(Math.abs(e.vectors()[2].dot(r.column(0)))).isCloseTo(1, within(1e-12));
        for (int i = 0; i < 3; i++) {
            Vec3 av = a.times(e.vectors()[i]);
            assertThat(av.distanceTo(e.vectors()[i].times(e.values()[i]))).isLessThan(1e-12);
        }
    }

    @Test
    void ofSortsAnAlreadyDiagonalMatrix() {
        SymmetricEigen3 e = SymmetricEigen3.of(2, 0, 0, -1, 0, 5);

        assertThat(e.values()).containsExactly(-1, 2, 5);
        assertThat(e.smallestVector()).isEqualTo(Vec3.UNIT_Y);
    }
}
