package org.spatiallift.engine.ask.series;

import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.geom.Vec3;

/**
 * Follows the objects of a question from the first frame through the following ones by label and position: in each
 * frame an object is the candidate of its label whose box centre is nearest to where it was last seen, if that lies
 * within {@link TrackingLimits#maxJumpM()} per frame since then. Positions are compared in the camera frame, which each
 * frame measures directly; the canonical frame is refitted per frame, and its gravity and floor would add their own
 * jitter to every jump (ADR 0033).
 *
 * <p>An object is lost in a frame, never guessed, when no candidate of its label is in reach, when two are in reach
 * at distances that differ by less than {@link TrackingLimits#ambiguityM()}, or when two tracked objects would be the
 * same candidate. A lost object is looked for in the next frame from where it was last seen, with a reach that grows
 * by the maximum jump per frame missed. Not thread-safe: one tracker follows one sequence.
 */
public final class ObjectTracker {

    private final TrackingLimits limits;
    private final String[] labels;
    private final Vec3[] lastSeen;
    private final int[] framesSinceSeen;

    /** Tracks {@code targets}, the question's objects as found in the first frame, in the question's order. */
    public ObjectTracker(List<TrackCandidate> targets, TrackingLimits limits) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("nothing to track: the question names no objects");
        }
        this.limits = limits;
        int n = targets.size();
        labels = new String[n];
        lastSeen = new Vec3[n];
        framesSinceSeen = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = targets.get(i).label();
            lastSeen[i] = targets.get(i).centreCamera();
        }
    }

    /** How many objects are tracked. */
    public int count() {
        return labels.length;
    }

    /** Where each tracked object is among {@code candidates}, the objects of the next frame; in the targets' order. */
    public List<TrackMatch> next(List<TrackCandidate> candidates) {
        int n = labels.length;
        TrackMatch[] matches = new TrackMatch[n];
        for (int i = 0; i < n; i++) {
            matches[i] = nearest(i, candidates);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (matches[i].isFound() && matches[i].candidate() == matches[j].candidate()) {
                    TrackCandidate c = candidates.get(matches[i].candidate());
                    String reason = "tracked objects " + (i + 1) + " and " + (j + 1) + " are both nearest to "
                            + c.label() + " " + c.id() + ": which one it is cannot be told";
                    matches[i] = TrackMatch.lost(reason);
                    matches[j] = TrackMatch.lost(reason);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (matches[i].isFound()) {
                lastSeen[i] = candidates.get(matches[i].candidate()).centreCamera();
                framesSinceSeen[i] = 0;
            } else {
                framesSinceSeen[i]++;
            }
        }
        return List.of(matches);
    }

    private TrackMatch nearest(int i, List<TrackCandidate> candidates) {
        double reach = limits.maxJumpM() * (framesSinceSeen[i] + 1);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY, secondD = Double.POSITIVE_INFINITY;
        boolean anyOfLabel = false;
        for (int k = 0; k < candidates.size(); k++) {
            TrackCandidate c = candidates.get(k);
            if (!c.label().equals(labels[i])) {
                continue;
            }
            anyOfLabel = true;
            double d = c.centreCamera().distanceTo(lastSeen[i]);
            if (d < bestD) {
                secondD = bestD;
                bestD = d;
                best = k;
            } else if (d < secondD) {
                secondD = d;
            }
        }
        String what = "tracked object " + (i + 1) + " (" + labels[i] + ")";
        if (!anyOfLabel) {
            return TrackMatch.lost(what + ": no " + labels[i] + " in this frame");
        }
        if (bestD > reach) {
            return TrackMatch.lost(String.format(Locale.ROOT, "%s: the nearest %s is %.2f m from where it was last "
                    + "seen, beyond the %.2f m it may move in %d frame(s)", what, labels[i], bestD, reach,
                    framesSinceSeen[i] + 1));
        }
        if (secondD <= reach && secondD - bestD < limits.ambiguityM()) {
            return TrackMatch.lost(String.format(Locale.ROOT, "%s: two %s objects are %.2f m and %.2f m from where it "
                    + "was last seen, less than %.2f m apart in distance: which one it is cannot be told", what,
                    labels[i], bestD, secondD, limits.ambiguityM()));
        }
        return TrackMatch.found(best, bestD);
    }
}
