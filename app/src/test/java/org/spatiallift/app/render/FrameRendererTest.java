package org.spatiallift.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrameRendererTest {

    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;
    private static final int GREEN = 0xFF00FF00;

    private final FrameRenderer renderer = new FrameRenderer(2);
    private final Projection front = front();

    @Test
    void pointIsDrawnAtItsProjectedPixelWithItsColourDepthAndIndex() {
        FrameBuffers b = draw(points(new float[] {0.5f, 3, 0.2f}, RED, 0.001f));
        double[] at = front.project(0.5, 3, 0.2);
        int o = (int) at[1] * 200 + (int) at[0];

        assertThat(b.argb()[o]).isEqualTo(RED);
        assertThat(b.depth()[o]).isEqualTo((float) at[2]);
        assertThat(b.pick()[o]).isZero();
        assertThat(count(b, RED)).as("a point far smaller than a pixel covers one pixel").isEqualTo(1);
        assertThat(b.argb()[0]).isEqualTo(FrameRenderer.BACKGROUND);
        assertThat(b.pick()[0]).isEqualTo(-1);
    }

    @Test
    void nearerPointWinsWhicheverIsDrawnFirst() {
        float[] nearFirst = {0, 2, 0, 0, 4, 0};
        float[] farFirst = {0, 4, 0, 0, 2, 0};
        int[] colours = {RED, BLUE};

        FrameBuffers a = draw(new PointSet(nearFirst, colours, 0, 2, 0.001f));
        FrameBuffers b = draw(new PointSet(farFirst, colours, 0, 2, 0.001f));

        int o = centre();
        assertThat(a.argb()[o]).isEqualTo(RED);
        assertThat(a.pick()[o]).isZero();
        assertThat(b.argb()[o]).isEqualTo(BLUE);
        assertThat(b.pick()[o]).isEqualTo(1);
    }

    @Test
    void parallelDrawingMatchesOneThreadForALargeCloud() {
        int n = 60_000;
        float[] xyz = new float[3 * n];
        int[] rgb = new int[n];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = r.nextFloat() * 2 - 1;
            xyz[3 * i + 1] = 2 + r.nextFloat() * 3;
            xyz[3 * i + 2] = r.nextFloat() * 2 - 1;
            rgb[i] = 0xFF000000 | r.nextInt(0xFFFFFF);
        }
        PointSet cloud = new PointSet(xyz, rgb, 0, n, 0.02f);
        FrameBuffers two = draw(cloud);
        FrameBuffers one = new FrameBuffers(200, 100);
        new FrameRenderer(1).render(front, new FrameContent(cloud, 1, PointSet.EMPTY, List.of(), List.of()), one);

        assertThat(two.depth()).containsExactly(one.depth());
        assertThat(two.argb()).containsExactly(one.argb());
    }

    @Test
    void splatSizeFollowsProjectedSizeWithinOneToFourPixels() {
        double f = front.f();

        assertThat(PointSplatter.splatPx(0.01, f, 100)).isEqualTo(1);
        assertThat(PointSplatter.splatPx(3.0 / f, f, 1)).isEqualTo(3);
        assertThat(PointSplatter.splatPx(1, f, 1)).isEqualTo(4);
        assertThat(count(draw(points(new float[] {0, 2, 0}, RED, (float) (3 * 2 / f))), RED)).isEqualTo(9);
        assertThat(count(draw(points(new float[] {0, 2, 0}, RED, 1f)), RED)).isEqualTo(16);
    }

    @Test
    void fixedPointSizeDrawsSquaresOfThatManyPixelsWhateverTheSizeInMetres() {
        PointSet far = points(new float[] {0, 2, 0}, RED, 0.0001f);

        assertThat(count(draw(far), RED)).as("auto: a point far smaller than a pixel").isEqualTo(1);
        for (int px = 1; px <= 4; px++) {
            assertThat(count(draw(far.withFixedPx(px)), RED)).as("%d px", px).isEqualTo(px * px);
        }
        assertThat(count(draw(points(new float[] {0, 2, 0}, RED, 1f).withFixedPx(2)), RED)).as("large, 2 px")
                .isEqualTo(4);
    }

    @Test
    void onAFrameOfScaleTwoPointsKeepTheirSizeOnScreen() {
        PointSet far = points(new float[] {0, 2, 0}, RED, 0.0001f);
        PointSet large = points(new float[] {0, 2, 0}, RED, 1f);

        assertThat(far.atScale(1)).isSameAs(far);
        for (int px = 1; px <= 4; px++) {
            assertThat(count(draw(far.withFixedPx(px).atScale(2)), RED)).as("%d px at scale 2", px)
                    .isEqualTo(4 * px * px);
        }
        assertThat(count(draw(large.atScale(2)), RED)).as("the projected size's limit doubles too: 8 × 8")
                .isEqualTo(64);
        assertThat(count(draw(far.atScale(2)), RED)).as("a point far smaller than a pixel stays one").isEqualTo(1);
    }

    @Test
    void strideDrawsEveryNthPoint() {
        float[] xyz = {-0.5f, 3, 0, 0, 3, 0, 0.5f, 3, 0};
        FrameBuffers b = new FrameBuffers(200, 100);
        renderer.render(front, new FrameContent(new PointSet(xyz, null, RED, 3, 0.001f), 2, PointSet.EMPTY, List.of(),
                List.of()), b);

        assertThat(count(b, RED)).isEqualTo(2);
        assertThat(b.pick()[centre()]).as("point 1 is skipped").isEqualTo(-1);
    }

    @Test
    void cloudsAboveTheMovingBudgetAreThinnedByTheSmallestSufficientStride() {
        assertThat(FrameRenderer.movingStride(300_000)).isEqualTo(1);
        assertThat(FrameRenderer.movingStride(FrameRenderer.MOVING_POINTS)).isEqualTo(1);
        assertThat(FrameRenderer.movingStride(FrameRenderer.MOVING_POINTS + 1)).isEqualTo(2);
        assertThat(FrameRenderer.movingStride(2 * FrameRenderer.MOVING_POINTS + 1)).isEqualTo(3);
    }

    @Test
    void pickNearReturnsThePointProjectedClosestToTheClick() {
        float[] xyz = {0, 3, 0, 0.03f, 3, 0, 0.5f, 3, 0};
        PointSet cloud = new PointSet(xyz, null, RED, 3, 0.001f);
        FrameBuffers b = draw(cloud);
        double[] second = front.project(0.03, 3, 0);

        assertThat(FrameRenderer.pickNear(front, b, cloud, second[0] + 1.2, second[1] - 1, 3)).isEqualTo(1);
        assertThat(FrameRenderer.pickNear(front, b, cloud, 100.5, 50.5, 3)).isZero();
        assertThat(FrameRenderer.pickNear(front, b, cloud, 100, 5, 3)).as("nothing within 3 px").isEqualTo(-1);
    }

    @Test
    void lineIsHiddenBehindNearerPointsAndShownInFrontOfFartherOnes() {
        PointSet wall = new PointSet(new float[] {0, 3, 0, 0.4f, 5, 0}, null, BLUE, 2, 0.2f);
        Segment3 line = new Segment3(new double[] {-1, 4, 0}, new double[] {1, 4, 0}, GREEN, 1);
        FrameBuffers b = new FrameBuffers(200, 100);
        renderer.render(front, new FrameContent(wall, 1, PointSet.EMPTY, List.of(line), List.of()), b);

        double[] near = front.project(0, 4, 0);
        double[] far = front.project(0.4, 5, 0);
        assertThat(b.argb()[(int) near[1] * 200 + (int) near[0]]).as("behind the near point").isEqualTo(BLUE);
        assertThat(b.argb()[(int) far[1] * 200 + (int) far[0]]).as("in front of the far point").isEqualTo(GREEN);
        double[] left = front.project(-0.8, 4, 0);
        assertThat(b.argb()[(int) left[1] * 200 + (int) left[0]]).as("over the background").isEqualTo(GREEN);
        assertThat(b.pick()[(int) far[1] * 200 + (int) far[0]]).as("lines leave picking to the cloud").isEqualTo(1);
    }

    @Test
    void lineCrossingBehindTheCameraIsClippedAtTheNearPlane() {
        Segment3 line = new Segment3(new double[] {0, -10, -0.1}, new double[] {0, 4, -0.1}, GREEN, 2);
        FrameBuffers b = new FrameBuffers(200, 100);
        renderer.render(front, new FrameContent(PointSet.EMPTY, 1, PointSet.EMPTY, List.of(line), List.of()), b);

        assertThat(count(b, GREEN)).isGreaterThan(10);
    }

    @Test
    void highlightDrawsOverItsOwnCloudPointsButNotOverNearerOnes() {
        PointSet cloud = new PointSet(new float[] {0, 3, 0, 0.3f, 2, 0}, null, BLUE, 2, 0.001f);
        PointSet hl = new PointSet(new float[] {0, 3, 0, 0.3f, 2.5f, 0}, null, RED, 2, 0.001f);
        FrameBuffers b = new FrameBuffers(200, 100);
        renderer.render(front, new FrameContent(cloud, 1, hl, List.of(), List.of()), b);

        double[] behind = front.project(0.3, 2, 0);
        assertThat(b.argb()[centre()]).isEqualTo(RED);
        assertThat(b.pick()[centre()]).as("the cloud point stays pickable").isZero();
        assertThat(b.argb()[(int) behind[1] * 200 + (int) behind[0]]).isEqualTo(BLUE);
    }

    @Test
    void markerIsADiscOfAtLeastThreePixels() {
        FrameBuffers b = new FrameBuffers(200, 100);
        Marker3 m = new Marker3(new double[] {0, 3, 0}, 0.0001, GREEN);
        renderer.render(front, new FrameContent(PointSet.EMPTY, 1, PointSet.EMPTY, List.of(), List.of(m)), b);

        assertThat(count(b, GREEN)).isBetween(21, 37);
        assertThat(b.argb()[centre()]).isEqualTo(GREEN);
    }

    /** Looking along +y from (0, 0, 0) level, 200 × 100 px; the target (0, 2, 0) at pixel (100, 50). */
    private static Projection front() {
        ViewCamera c = new ViewCamera();
        c.lookAt(new double[] {0, 2, 0}, 0, 0, 2);
        return c.projection(200, 100);
    }

    private FrameBuffers draw(PointSet cloud) {
        FrameBuffers b = new FrameBuffers(200, 100);
        renderer.render(front, new FrameContent(cloud, 1, PointSet.EMPTY, List.of(), List.of()), b);
        return b;
    }

    private static PointSet points(float[] xyz, int argb, float sizeM) {
        return new PointSet(xyz, null, argb, xyz.length / 3, sizeM);
    }

    private static int centre() {
        return 50 * 200 + 100;
    }

    private static int count(FrameBuffers b, int argb) {
        int n = 0;
        for (int c : b.argb()) {
            if (c == argb) {
                n++;
            }
        }
        return n;
    }
}
