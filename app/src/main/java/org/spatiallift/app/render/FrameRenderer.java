package org.spatiallift.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draws a {@link FrameContent} into {@link FrameBuffers} on the CPU. The cloud is split over the processors: each
 * thread splats its share of the points into its own buffer of (depth, point index) keys with a depth test, and the
 * buffers are resolved pixel by pixel into colour, depth and pick (the nearest wins), in bands of rows, again in
 * parallel. The highlight (drawn over
 * coincident cloud points and one pixel larger), the lines and the discs follow on the calling thread; they leave the
 * pick buffer to the cloud.
 */
public final class FrameRenderer {

    /** The view's background, 0xAARRGGBB. */
    public static final int BACKGROUND = 0xFF1C1E22;
    /**
     * Clouds up to this size are drawn whole even while the camera moves: about 25 ms of drawing on two cores at
     * 1280 × 800 px for points in random order (the worst case; 1M points took 26–31 ms), leaving room in a 33 ms frame
     * for JavaFX's own work.
     */
    public static final int MOVING_POINTS = 800_000;
    /** Below this many points one thread draws them all, as splitting costs more than it saves. */
    private static final int PARALLEL_POINTS = 20_000;
    private static final float HIGHLIGHT_DEPTH_SCALE = 0.995f;

    /** Helper threads shared by every renderer (all draw on the FX thread, one frame at a time); daemons. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "point-renderer");
        t.setDaemon(true);
        return t;
    });

    private final int threads;
    /** Per thread: for each pixel, the nearest point's depth and index ({@link PointSplatter#splatKeys}). */
    private long[][] keys = new long[0][];

    /** A renderer using {@code threads} threads (the calling one and {@code threads − 1} helpers). */
    public FrameRenderer(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** A renderer with one thread per available processor, at most 8. */
    public FrameRenderer() {
        this(Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** The stride that draws at most {@link #MOVING_POINTS} of {@code count} points while the camera moves. */
    public static int movingStride(int count) {
        return Math.max(1, (count + MOVING_POINTS - 1) / MOVING_POINTS);
    }

    /** Draws {@code content} as seen through {@code p} (same size as {@code out}) into {@code out}. */
    public void render(Projection p, FrameContent content, FrameBuffers out) {
        if (p.width() != out.width() || p.height() != out.height()) {
            throw new IllegalArgumentException("projection of " + p.width() + " × " + p.height()
                    + " px onto a frame of " + out.width() + " × " + out.height() + " px: make both the same size");
        }
        PointSet cloud = content.cloud();
        int drawn = (cloud.count() + content.stride() - 1) / content.stride();
        int parts = drawn < PARALLEL_POINTS ? 1 : threads;
        splatInParallel(p, cloud, drawn, content.stride(), out, parts);
        PointSet hl = content.highlight();
        PointSplatter.splatOver(p, hl, out, HIGHLIGHT_DEPTH_SCALE, 1);
        for (Segment3 s : content.lines()) {
            LineRasterizer.segment(p, s, out);
        }
        for (Marker3 m : content.markers()) {
            LineRasterizer.marker(p, m, out);
        }
    }

    private void splatInParallel(Projection p, PointSet cloud, int drawn, int stride, FrameBuffers out, int parts) {
        int w = out.width(), h = out.height();
        if (keys.length != threads || keys[0].length != w * h) {
            keys = new long[threads][w * h];
        }
        long[][] k = keys;
        runOn(parts, t -> {
            java.util.Arrays.fill(k[t], PointSplatter.EMPTY);
            PointSplatter.splatKeys(p, cloud, (int) ((long) drawn * t / parts), (int) ((long) drawn * (t + 1) / parts),
                    stride, k[t], w, h);
        });
        runOn(threads, t -> PointSplatter.resolve(k, parts, cloud, BACKGROUND, out, h * t / threads,
                h * (t + 1) / threads));
    }

    /** Runs {@code work} for 0 .. parts − 1: part 0 on this thread, the others on helpers; waits for all. */
    private void runOn(int parts, java.util.function.IntConsumer work) {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 1; t < parts; t++) {
            int part = t;
            running.add(POOL.submit(() -> work.accept(part)));
        }
        work.accept(0);
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing a frame", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing a frame failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * The point drawn nearest the image position (x, y) in pixels: of the points seen within {@code radiusPx} pixels,
     * the one whose projection lies closest to (x, y); −1 when none is seen there.
     */
    public static int pickNear(Projection p, FrameBuffers b, PointSet cloud, double x, double y, int radiusPx) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        int cx = (int) Math.floor(x), cy = (int) Math.floor(y);
        for (int j = Math.max(0, cy - radiusPx); j <= Math.min(b.height() - 1, cy + radiusPx); j++) {
            for (int i = Math.max(0, cx - radiusPx); i <= Math.min(b.width() - 1, cx + radiusPx); i++) {
                int k = b.pick()[j * b.width() + i];
                if (k < 0 || k >= cloud.count()) {
                    continue;
                }
                double[] at = p.project(cloud.xyz()[3 * k], cloud.xyz()[3 * k + 1], cloud.xyz()[3 * k + 2]);
                double d = at == null ? Double.MAX_VALUE : Math.hypot(at[0] - x, at[1] - y);
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
        }
        return best;
    }
}
