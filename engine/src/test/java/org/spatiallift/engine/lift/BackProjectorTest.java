package org.spatiallift.engine.lift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;

class BackProjectorTest {

    private static final Intrinsics K = new Intrinsics(500, 480, 30.5, 20.25, 64, 48, IntrinsicsSource.GIVEN);

    /** Depth of the plane n·p = h along the ray of pixel (u, v): z = h / (n·((u − cx)/fx, (v − cy)/fy, 1)). */
    private static DepthImage depthOfPlane(Plane plane) {
        float[] d = new float[K.width() * K.height()];
        for (int v = 0; v < K.height(); v++) {
            for (int u = 0; u < K.width(); u++) {
                Vec3 ray = new Vec3((u - K.cx()) / K.fx(), (v - K.cy()) / K.fy(), 1);
                d[v * K.width() + u] = (float) (-plane.offset() / plane.normal().dot(ray));
            }
        }
        return new DepthImage(K.width(), K.height(), d);
    }

    @Test
    void backProjectPutsEveryPixelOnTheKnownPlane() {
        Plane plane = Plane.through(new Vec3(0, 1.2, 2.5), new Vec3(0.1, 0.9, 0.3));
        DepthImage depth = depthOfPlane(plane);

        PointCloud cloud = BackProjector.backProject(depth, null, K, 0, 100);

        assertThat(cloud.size()).isEqualTo(K.width() * K.height());
        assertThat(cloud.frame()).isEqualTo(CoordinateFrame.CAMERA);
        for (int i = 0; i < cloud.size(); i++) {
            int u = cloud.pixel()[i] % K.width(), v = cloud.pixel()[i] / K.width();
            double z = depth.at(u, v);
            assertThat((double) cloud.x(i)).isCloseTo((u - K.cx()) * z / K.fx(), within(1e-6));
            assertThat((double) cloud.y(i)).isCloseTo((v - K.cy()) * z / K.fy(), within(1e-6));
            assertThat((double) cloud.z(i)).isEqualTo(z);
            assertThat(plane.signedDistance(cloud.point(i))).isCloseTo(0, within(1e-5));
        }
    }

    @Test
    void backProjectKeepsDepthsInHalfOpenRangeInPixelOrder() {
        float[] d = new float[K.width() * K.height()];
        d[5] = 0.5f;
        d[6] = 1.0f;
        d[7] = 3.0f;
        d[8] = 3.0001f;
        d[100] = 2.0f;
        DepthImage depth = new DepthImage(K.width(), K.height(), d);

        PointCloud cloud = BackProjector.backProject(depth, null, K, 0.5, 3.0);

        assertThat(cloud.size()).isEqualTo(3);
        assertThat(cloud.pixel()).containsExactly(6, 7, 100);
        assertThat(cloud.xyz()).hasSize(9);
    }

    @Test
    void backProjectTakesColourOfSourcePixelOrGreyWithoutImage() {
        float[] d = new float[K.width() * K.height()];
        d[10] = 1;
        d[200] = 2;
        int[] rgb = new int[d.length];
        rgb[10] = 0xFF123456;
        rgb[200] = 0x00ABCDEF;
        DepthImage depth = new DepthImage(K.width(), K.height(), d);

        PointCloud coloured = BackProjector.backProject(depth, new ColorImage(K.width(), K.height(), rgb), K, 0, 10);
        PointCloud grey = BackProjector.backProject(depth, null, K, 0, 10);

        assertThat(coloured.rgb()).containsExactly(0x123456, 0xABCDEF);
        assertThat(grey.rgb()).containsExactly(BackProjector.NO_COLOR, BackProjector.NO_COLOR);
    }

    @Test
    void backProjectRejectsDepthOfAnotherSizeThanTheIntrinsics() {
        DepthImage depth = new DepthImage(32, 24, new float[32 * 24]);

        assertThatThrownBy(() -> BackProjector.backProject(depth, null, K, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32x24");
    }
}
