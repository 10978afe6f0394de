package org.spatiallift.cli;

import java.util.List;

import org.spatiallift.engine.validate.BoxErrors;
import org.spatiallift.engine.validate.CategoryCount;
import org.spatiallift.engine.validate.FrameReport;
import org.spatiallift.engine.validate.ObjectVerdict;
import org.spatiallift.engine.validate.QaJudgement;
import org.spatiallift.engine.validate.QaSummary;
import org.spatiallift.engine.validate.ValidationSummary;
import org.spatiallift.engine.validate.Verdict;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of {@code validate --json}; lengths in metres, angles in degrees, NaN as null. */
final class ValidationJson {

    private ValidationJson() {
    }

    static ObjectNode of(ValidationSummary s, QaSummary qa, List<FrameReport> reports, String objectsFrom) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("frames", s.frames());
        root.put("objects_from", objectsFrom);
        ObjectNode q = root.putObject("qa");
        count(q, qa.overall());
        number(q, "yield_per_frame", qa.yieldPerFrame());
        ObjectNode invalid = q.putObject("invalid_by_reason");
        qa.invalidByReason().forEach(invalid::put);
        ObjectNode notJudged = q.putObject("not_judged_by_reason");
        qa.notJudgedByReason().forEach(notJudged::put);
        ObjectNode per = q.putObject("per_category");
        qa.perCategory().forEach((k, v) -> count(per.putObject(k), v));
        ObjectNode objects = root.putObject("objects");
        objects.put("correct", s.correct());
        objects.put("wrong_class", s.wrongClass());
        objects.put("duplicate", s.duplicates());
        objects.put("not_judged", s.notJudged());
        number(objects, "height_within_15_percent", s.heightWithin15Percent());
        objects.put("correct_seen_whole", s.wholeCorrect());
        number(objects, "height_within_15_percent_seen_whole", s.heightWithin15PercentWhole());
        ObjectNode rejected = objects.putObject("rejected");
        rejected.put("correct", s.rejectedCorrect());
        rejected.put("wrong_class", s.rejectedWrongClass());
        rejected.put("not_judged", s.rejectedNotJudged());
        rejected.put("duplicate", s.rejectedDuplicates());
        ObjectNode gravity = root.putObject("gravity_error_deg");
        number(gravity, "median", s.gravityErrorMedianDeg());
        number(gravity, "max", s.gravityErrorMaxDeg());
        ObjectNode height = root.putObject("camera_height_error_m");
        number(height, "median", s.cameraHeightErrorMedianM());
        number(height, "max", s.cameraHeightErrorMaxM());
        var frames = root.putArray("per_frame");
        for (FrameReport r : reports) {
            ObjectNode f = frames.addObject();
            f.put("frame", r.frame());
            f.put("canonical", r.canonical());
            number(f, "gravity_error_deg", r.gravityErrorDeg());
            number(f, "gravity_uncertainty_deg", r.gravityUncertaintyDeg());
            number(f, "camera_height_m", r.cameraHeightM());
            number(f, "true_camera_height_m", r.trueCameraHeightM());
            f.put("true_camera_height_from", r.trueCameraHeightFrom());
            f.put("qa_generated", r.qa().size());
            f.put("qa_judged", r.qa().stream().filter(QaJudgement::judged).count());
            f.put("qa_valid", r.qa().stream().filter(QaJudgement::valid).count());
            for (Verdict v : Verdict.values()) {
                f.put(v.name().toLowerCase(java.util.Locale.ROOT), r.count(v));
            }
            f.put("rejected", r.objects().stream().filter(ObjectVerdict::rejected).count());
            var list = f.putArray("objects");
            for (ObjectVerdict o : r.objects()) {
                ObjectNode n = list.addObject();
                n.put("id", o.objectId());
                n.put("label", o.label());
                n.put("verdict", o.verdict().name().toLowerCase(java.util.Locale.ROOT));
                n.put("ground_truth", o.groundTruthName());
                number(n, "iou", o.iou());
                if (o.rejected()) {
                    n.put("rejected", o.rejection());
                }
                BoxErrors e = o.errors();
                if (e != null) {
                    ObjectNode b = n.putObject("box_errors");
                    number(b, "centre_distance_m", e.centreDistanceM());
                    number(b, "length_ratio", e.lengthRatio());
                    number(b, "width_ratio", e.widthRatio());
                    number(b, "height_ratio", e.heightRatio());
                    number(b, "height_m", e.heightM());
                    number(b, "true_height_m", e.trueHeightM());
                    number(b, "bottom_above_floor_m", e.bottomAboveFloorM());
                    number(b, "true_bottom_above_floor_m", e.trueBottomAboveFloorM());
                    b.put("seen_whole", e.seenWhole());
                }
            }
        }
        return root;
    }

    private static void count(ObjectNode n, CategoryCount c) {
        n.put("generated", c.generated());
        n.put("judged", c.judged());
        n.put("valid", c.valid());
        number(n, "validity", c.validity());
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, Math.round(v * 10000) / 10000.0);
        } else {
            n.putNull(field);
        }
    }
}
