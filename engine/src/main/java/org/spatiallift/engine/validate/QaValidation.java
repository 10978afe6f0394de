package org.spatiallift.engine.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaTruth;
import org.spatiallift.engine.qa.TruthOutcome;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Arity;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Judges QA generated from a lift of an annotated frame (issue #10's rule): invalid if any object is of a wrong class
 * or a duplicate; not judged if any object has no annotated box or the category needs every object of the scene (the
 * annotations may be incomplete); else valid when {@link QaTruth} finds the same answer on the annotated boxes, which
 * are placed in the true gravity-aligned frame (true gravity, true camera height).
 */
public final class QaValidation {

    private QaValidation() {
    }

    /** Judges {@code pairs}, generated from {@code scene}, with the objects' verdicts in {@code report}. */
    public static List<QaJudgement> judge(QaScene scene, List<QaPair> pairs, FrameReport report, GroundTruthFrame truth,
            Margins margins, Units units) {
        Map<Integer, ObjectVerdict> verdicts = new HashMap<>();
        report.objects().forEach(v -> verdicts.put(v.objectId(), v));
        SceneGeometry geometry = truthGeometry(scene, verdicts, truth, report);
        List<QaJudgement> out = new ArrayList<>(pairs.size());
        for (QaPair p : pairs) {
            out.add(judge(p, scene, verdicts, geometry, margins, units));
        }
        return out;
    }

    private static QaJudgement judge(QaPair p, QaScene scene, Map<Integer, ObjectVerdict> verdicts,
            SceneGeometry geometry, Margins margins, Units units) {
        String notJudged = null;
        for (QaObject o : p.objects()) {
            ObjectVerdict v = verdicts.get(o.id());
            Verdict verdict = v == null ? Verdict.NOT_JUDGED : v.verdict();
            if (verdict == Verdict.WRONG_CLASS) {
                return new QaJudgement(p.category(), true, false, "wrong_class");
            }
            if (verdict == Verdict.DUPLICATE) {
                return new QaJudgement(p.category(), true, false, "duplicate");
            }
            if (verdict == Verdict.NOT_JUDGED) {
                notJudged = "object_not_judged";
            }
        }
        if (notJudged == null && Categories.byName(p.category()).arity() == Arity.TARGET_AND_ALL) {
            notJudged = "needs_complete_object_list";
        }
        if (notJudged != null) {
            return new QaJudgement(p.category(), false, false, notJudged);
        }
        TruthOutcome outcome = QaTruth.check(p, scene, geometry, margins, units);
        return switch (outcome) {
            case AGREES -> new QaJudgement(p.category(), true, true, null);
            case DISAGREES -> new QaJudgement(p.category(), true, false, "answer_differs");
            case UNCLEAR -> new QaJudgement(p.category(), true, false, "unclear_in_truth");
        };
    }

    /** One box per scene object: the matched annotated box in the true frame, else the object's own (never asked). */
    static SceneGeometry truthGeometry(QaScene scene, Map<Integer, ObjectVerdict> verdicts, GroundTruthFrame truth,
            FrameReport report) {
        double height = Double.isFinite(report.trueCameraHeightM()) ? report.trueCameraHeightM() : report.cameraHeightM();
        RigidTransform toCanonical = CameraOrientation.cameraToCanonical(truth.downCamera(), height);
        List<Box3> boxes = new ArrayList<>();
        List<OrientedBox> oriented = new ArrayList<>();
        for (QaObject o : scene.objects()) {
            ObjectVerdict v = verdicts.get(o.id());
            if (v == null || v.verdict() != Verdict.CORRECT) {
                boxes.add(o.boxCanonical());
                oriented.add(o.orientedBoxCanonical());
                continue;
            }
            GroundTruthBox b = truth.boxes().get(v.groundTruthIndex());
            boxes.add(b.aabb(toCanonical));
            oriented.add(b.orientedBox(toCanonical));
        }
        return new SceneGeometry(boxes, oriented, height);
    }
}
