package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;

/** The human-readable report of a lift; every number with its unit and frame. */
final class Summary {

    private Summary() {
    }

    static String of(LiftResult r, Path out) {
        StringBuilder sb = new StringBuilder();
        var in = r.input().intrinsics();
        sb.append(String.format(Locale.ROOT, "points: %d (depth in (%.2f, %.2f] m)%n", r.cloudCamera().size(),
                r.parameters().minDepthM(), r.parameters().maxDepthM()));
        sb.append(String.format(Locale.ROOT, "intrinsics (%s): fx=%.1f fy=%.1f cx=%.1f cy=%.1f px%n",
                in.source().name().toLowerCase(Locale.ROOT), in.fx(), in.fy(), in.cx(), in.cy()));
        CanonicalFrame f = r.frame();
        if (f.canonical()) {
            var n = f.supportPlaneCamera().normal();
            sb.append(String.format(Locale.ROOT,
                    "%s: normal (%.4f, %.4f, %.4f) in the camera frame; camera %.3f m above it, pitch %.2f° (down +), roll %.2f°,"
                            + " %s%n",
                    f.support().name().toLowerCase(Locale.ROOT), n.x(), n.y(), n.z(), f.cameraHeightM(),
                    f.orientation().pitchDeg(), f.orientation().rollDeg(),
                    GravityUncertainty.of(f.gravityUncertaintyDeg())));
        } else {
            sb.append("not canonical: ").append(f.reason()).append(System.lineSeparator());
        }
        for (SceneObject o : r.objects()) {
            var c = o.centroidCanonical();
            var e = o.boxCanonical().extents();
            sb.append(String.format(Locale.ROOT,
                    "object %d %s%s: centroid (%.3f, %.3f, %.3f) m, extents %.3f x %.3f x %.3f m (canonical frame), %d points%n",
                    o.id(), o.name(), o.detected() ? String.format(Locale.ROOT, " (score %.2f)", o.detectorScore()) : "",
                    c.x(), c.y(), c.z(), e.x(), e.y(), e.z(), o.pointCount()));
            ObjectDescription d = o.description();
            if (d != null) {
                sb.append("  ").append(d.caption()).append(System.lineSeparator());
                sb.append(d.ambiguous() ? "  ambiguous: " + d.ambiguityReason() : "  \"" + d.referringExpression() + "\"")
                        .append(System.lineSeparator());
            }
            if (o.rejected()) {
                sb.append("  left out of QA: ").append(o.rejection()).append(System.lineSeparator());
            }
        }
        SceneVerdict verdict = r.perception().scene();
        if (verdict != null) {
            sb.append("scene filter (").append(verdict.method()).append("): ").append(verdict.reason())
                    .append(System.lineSeparator());
        }
        r.timings().millis().forEach((stage, ms) ->
                sb.append(String.format(Locale.ROOT, "time %s: %.2f ms%n", stage.key(), ms)));
        for (String w : r.warnings()) {
            sb.append("warning: ").append(w).append(System.lineSeparator());
        }
        if (out != null) {
            sb.append("wrote ").append(out.resolve("cloud.ply")).append(" and ").append(out.resolve("scene.json"))
                    .append(System.lineSeparator());
        }
        return sb.toString();
    }
}
