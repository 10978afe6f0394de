package org.spatiallift.engine.perception.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.scene.SceneObject;

/**
 * The rule-based scene filter, for when no CLIP-style model is installed. A scene is accepted when both hold:
 * <ul>
 *   <li>enough objects: at least {@code minObjects} usable ones — not rejected (class plausibility), described
 *       and not ambiguous (an object not yet described counts as usable);</li>
 *   <li>enough depth spread: the 90th minus the 10th percentile of the points' camera depth z is at least
 *       {@code minDepthSpreadM} (a close-up of a wall or a table top has too little 3-D structure for spatial
 *       questions). The percentiles are taken over at most {@value #SAMPLES} points, every k-th.</li>
 * </ul>
 */
public final class RuleSceneFilter implements SceneFilter {

    public static final String METHOD = "rules";
    private static final int SAMPLES = 50_000;

    private final int minObjects;
    private final double minDepthSpreadM;

    public RuleSceneFilter(int minObjects, double minDepthSpreadM) {
        if (minObjects < 0 || !(minDepthSpreadM >= 0)) {
            throw new IllegalArgumentException("scene rules need minObjects >= 0 and minDepthSpreadM >= 0, got "
                    + minObjects + ", " + minDepthSpreadM);
        }
        this.minObjects = minObjects;
        this.minDepthSpreadM = minDepthSpreadM;
    }

    /** At least 2 usable objects and a 10th–90th percentile depth spread of at least 0.5 m. */
    public static RuleSceneFilter defaults() {
        return new RuleSceneFilter(2, 0.5);
    }

    @Override
    public SceneVerdict judge(SceneFilterInput input) {
        int usable = 0, ambiguous = 0, rejected = 0;
        for (SceneObject o : input.objects()) {
            if (o.rejected()) {
                rejected++;
            } else if (o.description() != null && o.description().ambiguous()) {
                ambiguous++;
            } else {
                usable++;
            }
        }
        double spread = depthSpread(input.cloudCamera());
        List<String> failed = new ArrayList<>();
        String objects = String.format(Locale.ROOT, "%d usable object%s (%d ambiguous%s; needs %d)", usable,
                usable == 1 ? "" : "s", ambiguous, rejected == 0 ? "" : ", " + rejected + " rejected", minObjects);
        String depth = Double.isNaN(spread) ? "no depth"
                : String.format(Locale.ROOT, "depth spread %.2f m between the 10th and 90th percentiles (needs %.2f m)",
                        spread, minDepthSpreadM);
        if (usable < minObjects) {
            failed.add(objects);
        }
        if (Double.isNaN(spread) || spread < minDepthSpreadM) {
            failed.add(depth);
        }
        if (failed.isEmpty()) {
            return new SceneVerdict(true, METHOD, "accepted: " + objects + ", " + depth);
        }
        return new SceneVerdict(false, METHOD, "rejected: " + String.join("; ", failed));
    }

    /** 90th minus 10th percentile of camera z, or NaN for an empty cloud. */
    static double depthSpread(PointCloud cloud) {
        int n = cloud.size();
        if (n == 0) {
            return Double.NaN;
        }
        int step = Math.max(1, n / SAMPLES);
        float[] z = new float[(n + step - 1) / step];
        int m = 0;
        for (int i = 0; i < n; i += step) {
            z[m++] = cloud.z(i);
        }
        Arrays.sort(z, 0, m);
        return z[(int) Math.floor(0.9 * (m - 1))] - z[(int) Math.floor(0.1 * (m - 1))];
    }
}
