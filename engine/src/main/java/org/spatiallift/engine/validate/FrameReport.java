package org.spatiallift.engine.validate;

import java.util.List;

/**
 * A lift of one annotated frame judged against its ground truth.
 *
 * @param frame                 the frame's short name
 * @param canonical             whether the lift found a support plane (else it assumed an upright camera)
 * @param gravityErrorDeg       angle between the lift's gravity and the annotated gravity, degrees
 * @param gravityUncertaintyDeg the lift's own estimate of how far its gravity may be off, degrees (NaN when assumed)
 * @param cameraHeightM         the lift's camera height above its floor, metres
 * @param trueCameraHeightM     the true camera height above the floor, metres (NaN when the frame gives none)
 * @param trueCameraHeightFrom  where the true height comes from ({@link FrameTruth#source()})
 * @param objects               each object of the lift, judged
 * @param qa                    each QA generated from the lift, judged (empty when none were generated)
 */
public record FrameReport(String frame, boolean canonical, double gravityErrorDeg, double gravityUncertaintyDeg,
                          double cameraHeightM, double trueCameraHeightM, String trueCameraHeightFrom,
                          List<ObjectVerdict> objects, List<QaJudgement> qa) {

    public FrameReport {
        objects = List.copyOf(objects);
        qa = List.copyOf(qa);
    }

    /** A report whose gravity uncertainty is not known (NaN). */
    public FrameReport(String frame, boolean canonical, double gravityErrorDeg, double cameraHeightM,
                       double trueCameraHeightM, String trueCameraHeightFrom, List<ObjectVerdict> objects,
                       List<QaJudgement> qa) {
        this(frame, canonical, gravityErrorDeg, Double.NaN, cameraHeightM, trueCameraHeightM, trueCameraHeightFrom,
                objects, qa);
    }

    /** The same report with its QA judged. */
    public FrameReport withQa(List<QaJudgement> judged) {
        return new FrameReport(frame, canonical, gravityErrorDeg, gravityUncertaintyDeg, cameraHeightM, trueCameraHeightM,
                trueCameraHeightFrom, objects, judged);
    }

    /** Camera height error, metres (lift − truth); NaN without a true height. */
    public double cameraHeightErrorM() {
        return cameraHeightM - trueCameraHeightM;
    }

    /** How many objects the lift uses got {@code v}. */
    public long count(Verdict v) {
        return objects.stream().filter(o -> !o.rejected() && o.verdict() == v).count();
    }

    /** How many objects the lift rejected (class plausibility) got {@code v}. */
    public long countRejected(Verdict v) {
        return objects.stream().filter(o -> o.rejected() && o.verdict() == v).count();
    }
}
