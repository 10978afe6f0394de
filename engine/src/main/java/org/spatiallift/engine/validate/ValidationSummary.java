package org.spatiallift.engine.validate;

import java.util.List;

/**
 * Figures over several judged frames.
 *
 * @param frames                    how many frames
 * @param gravityErrorMedianDeg     median gravity error, degrees
 * @param gravityErrorMaxDeg        largest gravity error, degrees
 * @param cameraHeightErrorMedianM  median |camera height error|, metres, over frames with a true height (NaN if none)
 * @param cameraHeightErrorMaxM     largest |camera height error|, metres (NaN if none)
 * @param correct                   objects judged correct
 * @param wrongClass                objects of a wrong class
 * @param duplicates                duplicate objects
 * @param notJudged                 objects not judged
 * @param heightWithin15Percent     share of correct objects whose height is within 15 % of the annotated height
 *                                  (NaN without correct objects)
 * @param rejectedCorrect           objects the lift rejected (class plausibility) that the truth calls correct
 * @param rejectedWrongClass        rejected objects that are of a wrong class (rightly rejected)
 * @param rejectedNotJudged         rejected objects that match no annotated object
 * @param rejectedDuplicates        rejected objects on an annotated object another rejected object already matched
 * @param wholeCorrect              correct objects seen whole (their sizes are asked; see BoxErrors#seenWhole)
 * @param heightWithin15PercentWhole the same share over the correct objects seen whole (NaN without any)
 */
public record ValidationSummary(int frames, double gravityErrorMedianDeg, double gravityErrorMaxDeg,
                                double cameraHeightErrorMedianM, double cameraHeightErrorMaxM, long correct,
                                long wrongClass, long duplicates, long notJudged, double heightWithin15Percent,
                                long rejectedCorrect, long rejectedWrongClass, long rejectedNotJudged,
                                long rejectedDuplicates,
                                long wholeCorrect, double heightWithin15PercentWhole) {

    /** Summarises {@code reports}. */
    public static ValidationSummary of(List<FrameReport> reports) {
        double[] gravity = reports.stream().mapToDouble(FrameReport::gravityErrorDeg).sorted().toArray();
        double[] height = reports.stream().mapToDouble(r -> Math.abs(r.cameraHeightErrorM()))
                .filter(Double::isFinite).sorted().toArray();
        List<ObjectVerdict> all = reports.stream().flatMap(r -> r.objects().stream()).toList();
        List<ObjectVerdict> objects = all.stream().filter(o -> !o.rejected()).toList();
        List<ObjectVerdict> rejected = all.stream().filter(ObjectVerdict::rejected).toList();
        List<ObjectVerdict> correct = objects.stream().filter(o -> o.verdict() == Verdict.CORRECT).toList();
        long within = correct.stream().filter(o -> Math.abs(o.errors().heightRatio() - 1) <= 0.15).count();
        List<ObjectVerdict> whole = correct.stream().filter(o -> o.errors().seenWhole()).toList();
        long wholeWithin = whole.stream().filter(o -> Math.abs(o.errors().heightRatio() - 1) <= 0.15).count();
        return new ValidationSummary(reports.size(), median(gravity), max(gravity), median(height), max(height),
                correct.size(), count(objects, Verdict.WRONG_CLASS), count(objects, Verdict.DUPLICATE),
                count(objects, Verdict.NOT_JUDGED), correct.isEmpty() ? Double.NaN : within / (double) correct.size(),
                count(rejected, Verdict.CORRECT), count(rejected, Verdict.WRONG_CLASS), count(rejected, Verdict.NOT_JUDGED),
                count(rejected, Verdict.DUPLICATE),
                whole.size(), whole.isEmpty() ? Double.NaN : wholeWithin / (double) whole.size());
    }

    private static long count(List<ObjectVerdict> objects, Verdict v) {
        return objects.stream().filter(o -> o.verdict() == v).count();
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
