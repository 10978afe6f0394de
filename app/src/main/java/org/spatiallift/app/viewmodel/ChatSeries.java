package org.spatiallift.app.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.series.FrameInput;
import org.spatiallift.engine.ask.series.FrameLifter;
import org.spatiallift.engine.ask.series.FrameList;
import org.spatiallift.engine.ask.series.FrameMeasure;
import org.spatiallift.engine.ask.series.QuestionSeries;
import org.spatiallift.engine.ask.series.Series;
import org.spatiallift.engine.ask.series.SeriesCsv;
import org.spatiallift.engine.ask.series.SeriesJson;
import org.spatiallift.engine.ask.series.SeriesPng;
import org.spatiallift.engine.ask.series.SeriesPoint;
import org.spatiallift.engine.ask.series.SeriesProgress;
import org.spatiallift.engine.ask.series.SeriesQuestion;
import org.spatiallift.engine.ask.series.SeriesSvg;
import org.spatiallift.engine.ask.series.TrackedObject;
import org.spatiallift.engine.ask.series.TrackingLimits;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.SceneSource;

/**
 * The chat's question over a sequence of frames (the paper's dense reward: a distance over time), on the worker
 * thread: the frames of a frames list (one frame per line, colour and depth, with a label map and its names), the
 * question's objects grounded in the first frame and tracked, one value per frame by the category's own code.
 */
final class ChatSeries {

    private ChatSeries() {
    }

    /** @param progress hears one line per frame ("Frame 2 of 5 (rgb/2.png): 1.234 m") */
    static Series run(String question, Path list, AskKit kit, Consumer<String> progress) throws InputException {
        SeriesQuestion asked;
        try {
            asked = SeriesQuestion.read(question, kit);
        } catch (IllegalArgumentException e) {
            throw new InputException(list, e.getMessage(), "Ask for a distance or a size of named objects, then "
                    + "choose the frames again");
        }
        List<FrameInput> frames = FrameList.read(list, null, null, null, ImageLimits.defaults());
        Margins margins = Margins.defaults();
        FrameLifter lifter = new FrameLifter(new LiftPipeline(), LiftParameters.defaults()::withDefaultDepthCut,
                margins, SceneSource.LABELS, false);
        FrameMeasure measure = asked.measure(margins);
        SeriesProgress lines = (done, total, p) -> progress.accept(Formats.format("Frame %d of %d (%s): %s", done,
                total, p.frame(), Double.isNaN(p.value()) ? "no value, " + p.reason()
                        : Formats.format("%.3f %s", p.value(), measure.unit())));
        try {
            return new QuestionSeries(lifter, TrackingLimits.defaults()).run(question, frames, measure,
                    asked.choice(), lines, ProgressListener.NONE, Cancellation.NEVER);
        } catch (IllegalArgumentException e) {
            throw new InputException(list, e.getMessage(), "Name objects the first frame shows one of each");
        }
    }

    /** The series as the chart shows it. */
    static SeriesChart chart(Series s) {
        List<String> frames = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SeriesPoint p : s.points()) {
            frames.add(p.frame());
            values.add(p.value());
            reasons.add(p.reason());
        }
        List<String> tracked = s.objects().stream().map(TrackedObject::description).toList();
        String summary = Formats.format("%d of %d frames measured; %s tracked from the first frame by label and "
                + "position (camera frame); %s in %s", s.measuredCount(), s.points().size(), String.join(" and ",
                tracked), s.quantity(), s.unit());
        return new SeriesChart(s.question(), s.quantity() + " (" + s.unit() + ")", frames, values, reasons, summary);
    }

    /** Writes series.csv, series.json, series.png and series.svg into {@code dir}. */
    static void save(Series s, Path dir) throws IOException {
        Files.createDirectories(dir);
        SeriesCsv.write(s, dir.resolve("series.csv"));
        SeriesJson.write(s, dir.resolve("series.json"));
        SeriesPng.write(s, dir.resolve("series.png"));
        SeriesSvg.write(s, dir.resolve("series.svg"));
    }
}
