package org.spatiallift.engine.ask.series;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a series frame by frame: the first frame fixes the objects ({@link ObjectChoice}) and starts the
 * {@link ObjectTracker}; each later frame finds them and is measured when all are found and usable. One per series.
 */
final class SeriesAccumulator {

    private final String question;
    private final FrameMeasure measure;
    private final ObjectChoice choice;
    private final TrackingLimits limits;
    private final List<SeriesPoint> points = new ArrayList<>();
    private List<TrackedObject> tracked;
    private ObjectTracker tracker;

    SeriesAccumulator(String question, FrameMeasure measure, ObjectChoice choice, TrackingLimits limits) {
        this.question = question;
        this.measure = measure;
        this.choice = choice;
        this.limits = limits;
    }

    /** Measures the next frame and returns its point. */
    SeriesPoint accept(LiftedFrame frame) {
        int index = points.size();
        List<TrackCandidate> found = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (tracker == null) {
            start(frame, found);
        } else {
            List<TrackMatch> matches = tracker.next(frame.candidates());
            for (TrackMatch m : matches) {
                found.add(m.isFound() ? frame.candidates().get(m.candidate()) : null);
                if (!m.isFound()) {
                    reasons.add(m.reason());
                }
            }
        }
        List<Integer> ids = new ArrayList<>(found.size());
        int[] sceneIndices = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            TrackCandidate c = found.get(k);
            ids.add(c == null ? null : c.id());
            sceneIndices[k] = c == null ? -1 : c.sceneIndex();
            if (c != null && !c.usable()) {
                reasons.add("tracked object " + (k + 1) + " (" + c.label() + ") is object " + c.id()
                        + " in this frame, but it cannot be measured there: " + c.leftOut());
            }
        }
        Measurement m = reasons.isEmpty() ? measure.measure(frame.scene(), sceneIndices)
                : Measurement.missing(measure.unit(), String.join("; ", reasons));
        if (!m.unit().equals(measure.unit())) {
            throw new IllegalStateException(measure.quantity() + " measured in " + m.unit() + ", but declares "
                    + measure.unit());
        }
        SeriesPoint p = SeriesPoint.of(index, frame.name(), m, ids);
        points.add(p);
        return p;
    }

    private void start(LiftedFrame frame, List<TrackCandidate> found) {
        int[] indices = choice.choose(frame.scene());
        if (indices.length != measure.objectCount()) {
            throw new IllegalArgumentException(measure.quantity() + " is about " + measure.objectCount()
                    + " object(s), but the question names " + indices.length);
        }
        List<TrackedObject> objects = new ArrayList<>();
        for (int i : indices) {
            TrackCandidate c = frame.candidateOf(i);
            found.add(c);
            objects.add(new TrackedObject(c.id(), c.label(), frame.scene().objects().get(i).description()));
        }
        tracked = List.copyOf(objects);
        tracker = new ObjectTracker(found, limits);
    }

    /** The series of the frames accepted so far. */
    Series series() {
        if (tracked == null) {
            throw new IllegalStateException("no frame was measured");
        }
        return new Series(question, measure.quantity(), measure.unit(), tracked, points);
    }
}
