package org.spatiallift.engine.ask.series;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.ProgressListener;

/**
 * The same question over an ordered list of RGB-D frames (what {@code spatiallift ask --frames} runs): each frame is
 * lifted ({@link FrameLifter}), the question's objects are chosen in the first frame ({@link ObjectChoice}: the
 * question's grounding) and followed through the others by label and camera-frame position ({@link ObjectTracker}),
 * and each frame is measured ({@link FrameMeasure}, e.g. {@link CategoryMeasure}: the QA category's own code). A frame
 * where an object is lost or the measure gives no value is a gap with its reason. Frames are lifted one at a time
 * and only their QA scenes kept. As thread-safe as the lifter's pipeline.
 */
public final class QuestionSeries {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionSeries.class);

    private final FrameLifter lifter;
    private final TrackingLimits limits;

    public QuestionSeries(FrameLifter lifter, TrackingLimits limits) {
        this.lifter = Objects.requireNonNull(lifter, "lifter");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Answers {@code question} in every frame of {@code frames}.
     *
     * @param measure      what each frame gives
     * @param choice       the question's objects in the first frame
     * @param progress     hears of each frame as it is done
     * @param stages       hears of the lift stages of the frame in work
     * @param cancellation asked between frames and inside each lift
     * @throws InputException naming the frame's file when one cannot be read or has no depth
     */
    public Series run(String question, List<FrameInput> frames, FrameMeasure measure, ObjectChoice choice,
                      SeriesProgress progress, ProgressListener stages, Cancellation cancellation)
            throws InputException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one frame");
        }
        SeriesAccumulator acc = new SeriesAccumulator(question, measure, choice, limits);
        for (int i = 0; i < frames.size(); i++) {
            cancellation.throwIfCancelled();
            LiftedFrame frame = lifter.lift(frames.get(i), stages, cancellation);
            SeriesPoint p = acc.accept(frame);
            LOG.debug("frame {} ({}): {} {} {}", i, frame.name(), p.value(), measure.unit(),
                    p.reason() == null ? "" : p.reason());
            progress.frameDone(i + 1, frames.size(), p);
        }
        return acc.series();
    }

    /** The series of frames already lifted (the app keeps its lifts), with {@code limits} for the tracking. */
    public static Series of(String question, List<LiftedFrame> frames, FrameMeasure measure, ObjectChoice choice,
                            TrackingLimits limits) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one frame");
        }
        SeriesAccumulator acc = new SeriesAccumulator(question, measure, choice, limits);
        frames.forEach(acc::accept);
        return acc.series();
    }
}
