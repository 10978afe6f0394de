package org.spatiallift.engine.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.cloud.VoxelGrid;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.frame.PlaneSegmenter;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.lift.BackProjector;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.Stage;
import org.spatiallift.engine.testing.DepthPng;

/**
 * Times the geometry stages on one shared RGB-D frame (decoding excluded), like benchmark-tool's Open3D peer script:
 * back-projection, 2 cm voxels, plane segmentation, floor choice, canonical transform of the full cloud. Prints the
 * median per stage over the runs after a warm-up; asserts nothing (timings depend on the machine).
 *
 * <pre>
 * ./mvnw -q -B -pl engine -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp engine/target/classes:engine/target/test-classes:$(cat /tmp/cp.txt) -Dspatiallift.shared=../shared \
 *     org.spatiallift.engine.bench.GeometryTiming [frame, default other_formats/TUM_depth.png] [runs] [warmup]
 * </pre>
 */
public final class GeometryTiming {

    private GeometryTiming() {
    }

    public static void main(String[] args) {
        String frame = args.length > 0 ? args[0] : "other_formats/TUM_depth.png";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        DepthImage depth = DepthPng.read(Path.of(System.getProperty("spatiallift.shared", "../shared"), "data", "rgbd", frame),
                frame.contains("TUM") ? DepthPng.TUM_SCALE : DepthPng.REDWOOD_SCALE, frame.contains("SUN"));
        LiftParameters parameters = LiftParameters.defaults().withDepthRange(0, DepthPng.maxDepthOf(frame));
        PlaneSegmenter segmenter = PlaneSegmenter.fromParameters(parameters);
        CanonicalFrameEstimator estimator = CanonicalFrameEstimator.fromParameters(parameters);
        List<Stage> stages = List.of(Stage.BACK_PROJECT, Stage.VOXEL, Stage.PLANES, Stage.FLOOR, Stage.CANONICAL);
        Map<Stage, double[]> millis = new EnumMap<>(Stage.class);
        stages.forEach(s -> millis.put(s, new double[runs]));
        double[] total = new double[runs];
        String summary = "";
        for (int r = 0; r < warmup + runs; r++) {
            long t0 = System.nanoTime();
            PointCloud cloud = BackProjector.backProject(depth, null, Intrinsics.primeSense(), parameters.minDepthM(),
                    parameters.maxDepthM());
            long t1 = System.nanoTime();
            PointCloud voxels = VoxelGrid.downsample(cloud, parameters.voxelM());
            long t2 = System.nanoTime();
            List<PlaneFit> planes = segmenter.segment(voxels);
            long t3 = System.nanoTime();
            CanonicalFrame canonical = estimator.estimate(voxels, planes);
            long t4 = System.nanoTime();
            PointCloud cloudCanonical = cloud.transformed(canonical.cameraToCanonical(), CoordinateFrame.CANONICAL);
            long t5 = System.nanoTime();
            if (r >= warmup) {
                long[] t = {t0, t1, t2, t3, t4, t5};
                for (int s = 0; s < stages.size(); s++) {
                    millis.get(stages.get(s))[r - warmup] = (t[s + 1] - t[s]) / 1e6;
                }
                total[r - warmup] = (t5 - t0) / 1e6;
            }
            summary = String.format(Locale.ROOT, "%d points, %d voxels, %d planes, %s, %d canonical points; %s",
                    cloud.size(), voxels.size(), planes.size(), canonical.support(), cloudCanonical.size(), canonical.reason());
        }
        System.out.println(frame + ": " + summary);
        for (Stage s : stages) {
            System.out.println(line(s.key(), millis.get(s)));
        }
        System.out.println(line("total", total));
    }

    private static String line(String name, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "  %-13s median %6.2f ms   p10 %6.2f   p90 %6.2f", name, v[v.length / 2],
                v[v.length / 10], v[v.length * 9 / 10]);
    }
}
