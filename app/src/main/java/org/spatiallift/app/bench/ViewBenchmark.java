package org.spatiallift.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.app.render.FrameRenderer;
import org.spatiallift.app.view.CloudView;
import org.spatiallift.app.viewmodel.CloudColours;
import org.spatiallift.app.viewmodel.CloudData;
import org.spatiallift.app.viewmodel.CloudGeometry;
import org.spatiallift.app.viewmodel.ColourMode;

/**
 * Times the 3D view on synthetic rooms (benchmark-tool/scripts/bench_view.sh runs it under Xvfb): for each cloud size,
 * the time until the cloud is on screen (mesh_arrays_ms: the arrays off the FX thread; first_picture_ms and
 * mesh_build_ms: until the whole cloud is drawn, kept under their old names), frames per second while orbiting with
 * level of detail (clouds above lod_points thinned while moving) and with the full cloud, and the heap in use with the
 * scene shown. Writes JSON to --out.
 *
 * <p>Usage: ViewBenchmark [--sizes 300000,1000000] [--seconds 4] [--out FILE] [--width 1280] [--height 800]
 */
public final class ViewBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ViewBenchmark.class);
    private static final float POINT_SIZE_M = 0.01f;

    private ViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(300_000, 1_000_000);
        double seconds = 4;
        Path out = null;
        int width = 1280, height = 800;
        boolean appLayout = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(String::trim)
                        .map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--width" -> width = Integer.parseInt(args[i + 1]);
                case "--height" -> height = Integer.parseInt(args[i + 1]);
                case "--layout" -> appLayout = "app".equals(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --sizes N,N --seconds S --out FILE --width W --height H --layout view|app");
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CloudView view = onFx(CloudView::new);
        int w = width, h = height;
        boolean inApp = appLayout;
        onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(inApp ? appLayout(view) : view, w, h));
            stage.setTitle("SpatialLift view benchmark");
            stage.show();
            return stage;
        });
        double emptyFps = emptySceneFps(view, seconds);
        List<String> results = new ArrayList<>();
        for (int n : sizes) {
            results.add(run(view, n, seconds));
        }
        double[] viewport = onFx(() -> new double[] {view.getWidth(), view.getHeight()});
        String json = "{\n  \"benchmark\": \"view\",\n  \"window_px\": [" + w + ", " + h + "],\n"
                + String.format(Locale.ROOT, "  \"viewport_px\": [%.0f, %.0f],%n", viewport[0], viewport[1])
                + "  \"lod_points\": " + FrameRenderer.MOVING_POINTS + ",\n"
                + String.format(Locale.ROOT, "  \"fps_orbit_no_cloud\": %.1f,%n", emptyFps)
                + "  \"java\": \"" + System.getProperty("java.version")
                + "\",\n  \"cpus\": " + Runtime.getRuntime().availableProcessors() + ",\n  \"runs\": [\n"
                + String.join(",\n", results) + "\n  ]\n}\n";
        if (out != null) {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        }
        LOG.info("view benchmark:\n{}", json);
        Platform.exit();
    }

    /**
     * The 3D view where the app puts it: between the 2D pane and the side panel of a split pane, with the app's divider
     * positions and a menu bar above, so the window presents as many pixels per frame as the app's does.
     */
    private static javafx.scene.Parent appLayout(CloudView view) {
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(
                new javafx.scene.layout.StackPane(new javafx.scene.control.Label("2D layers")), view,
                new javafx.scene.layout.StackPane(new javafx.scene.control.Label("side panel")));
        split.setDividerPositions(0.31, 0.77);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(split);
        root.setTop(new javafx.scene.control.MenuBar(new javafx.scene.control.Menu("File")));
        return root;
    }

    /**
     * The renderer's floor: frames per second while orbiting the same view with no cloud (axes, grid and labels only),
     * measured in the same run, so the cloud's own cost can be told from the cost of drawing any frame at all.
     */
    private static double emptySceneFps(CloudView view, double seconds) throws Exception {
        CloudData empty = CloudGeometry.build(new float[0], 0, 0, POINT_SIZE_M);
        onFx(() -> {
            view.showCloud(empty, CloudGeometry.colours(ColourMode.RGB, new int[0], empty, null), true);
            return null;
        });
        Thread.sleep(400);
        return orbitFps(view, false, seconds);
    }

    private static String run(CloudView view, int n, double seconds) throws Exception {
        SyntheticRoom room = SyntheticRoom.of(n, 7);
        CloudData empty = CloudGeometry.build(new float[0], 0, 0, POINT_SIZE_M);
        onFx(() -> {
            view.showCloud(empty, CloudGeometry.colours(ColourMode.RGB, new int[0], empty, null), true);
            return null;
        });
        System.gc();
        long t0 = System.nanoTime();
        CloudData cloud = CloudGeometry.build(room.xyz, n, n, POINT_SIZE_M);
        CloudColours colours = CloudGeometry.colours(ColourMode.RGB, room.rgb, cloud, null);
        double arraysMs = (System.nanoTime() - t0) / 1e6;
        double[] loading = showAndWait(view, cloud, colours);
        // A snapshot copies the frame on show: the whole cloud has been drawn.
        onFx(view::snapshot3d);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        double lodFps = orbitFps(view, true, seconds);
        double fullFps = orbitFps(view, false, seconds);
        System.gc();
        Thread.sleep(300);
        Runtime rt = Runtime.getRuntime();
        double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        String json = String.format(Locale.ROOT, "    {\"points\": %d, \"mesh_arrays_ms\": %.1f, "
                + "\"first_picture_ms\": %.1f, \"mesh_build_ms\": %.1f, \"fps_orbit_lod\": %.1f, "
                + "\"fps_orbit_full\": %.1f, \"longest_fx_stall_ms\": %.1f, \"heap_used_mb\": %.0f, \"rss_mb\": %.0f}",
                n, arraysMs, arraysMs + loading[0], buildMs, lodFps, fullFps, loading[1], heapMb, rssMb());
        LOG.info("{}", json.trim());
        return json;
    }

    /**
     * Shows the cloud and waits until all of it is on screen; returns {ms until then, longest gap between FX pulses in
     * ms from the call until the pulse after it} (the view draws in a pulse, so the gap shows how long it held the FX
     * thread).
     */
    private static double[] showAndWait(CloudView view, CloudData cloud, CloudColours colours) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        long start = System.nanoTime();
        onFx(() -> {
            view.showCloud(cloud, colours, true);
            new AnimationTimer() {
                private long last = start;
                private long worst;
                private double first = -1;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    worst = Math.max(worst, t - last);
                    last = t;
                    if (first >= 0) {
                        stop();
                        done.complete(new double[] {first, worst / 1e6});
                    } else if (view.showingFullCloud()) {
                        first = (t - start) / 1e6;
                    }
                }
            }.start();
            return null;
        });
        return done.get(300, TimeUnit.SECONDS);
    }

    /** Frames per second while the camera turns 1° per frame for {@code seconds}. */
    private static double orbitFps(CloudView view, boolean lod, double seconds) throws Exception {
        onFx(() -> {
            view.setLevelOfDetail(lod);
            return null;
        });
        CompletableFuture<Double> fps = new CompletableFuture<>();
        onFx(() -> {
            new AnimationTimer() {
                private long start = -1;
                private int frames;

                @Override
                public void handle(long now) {
                    view.orbitBy(1, 0);
                    if (start < 0) {
                        start = now;
                        return;
                    }
                    frames++;
                    if (now - start >= seconds * 1e9) {
                        stop();
                        fps.complete(frames / ((now - start) / 1e9));
                    }
                }
            }.start();
            return null;
        });
        double result = fps.get(120, TimeUnit.SECONDS);
        onFx(() -> {
            view.setLevelOfDetail(true);
            return null;
        });
        Thread.sleep(400);
        return result;
    }

    private static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("no resident set size: {}", e.getMessage());
        }
        return Double.NaN;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(300, TimeUnit.SECONDS);
    }
}
