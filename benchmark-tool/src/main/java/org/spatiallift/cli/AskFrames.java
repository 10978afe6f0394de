package org.spatiallift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.series.FrameInput;
import org.spatiallift.engine.ask.series.FrameLifter;
import org.spatiallift.engine.ask.series.FrameList;
import org.spatiallift.engine.ask.series.QuestionSeries;
import org.spatiallift.engine.ask.series.Series;
import org.spatiallift.engine.ask.series.SeriesCsv;
import org.spatiallift.engine.ask.series.SeriesJson;
import org.spatiallift.engine.ask.series.SeriesPng;
import org.spatiallift.engine.ask.series.SeriesQuestion;
import org.spatiallift.engine.ask.series.SeriesSvg;
import org.spatiallift.engine.ask.series.TrackingLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.TerminalText;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.Margins;

/**
 * {@code ask --frames LIST QUESTION}: the question answered in every frame (the paper's dense reward: the distance
 * between the gripper and the bottle over time), its objects grounded in the first frame and tracked, written as
 * series.csv, series.json, series.png and series.svg; one line per frame on standard error as it is done.
 */
final class AskFrames {

    static final List<String> FILES = List.of("series.csv", "series.json", "series.png", "series.svg");

    private AskFrames() {
    }

    static Series run(FramesOptions frames, String question, AskKit kit, ObjectSource objects, LiftOptions lift,
                      PrintWriter err) throws Exception {
        if (question == null || question.isBlank()) {
            throw InputException.forValue("QUESTION", "none given; --frames answers one question in every frame",
                    "Give the question after the options, e.g. \"How far is the cup from the laptop?\"");
        }
        SeriesQuestion asked;
        try {
            asked = SeriesQuestion.read(question, kit);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("QUESTION", e.getMessage(), "Ask for a distance or a size of named objects");
        }
        List<FrameInput> inputs = FrameList.read(frames.list, frames.format(), frames.depthScale,
                frames.intrinsicsSpec(), frames.limits());
        Files.createDirectories(frames.out);
        Margins margins = Margins.defaults();
        Series series;
        try {
            series = series(question, asked, inputs, objects, lift, margins, err);
        } catch (FrameFailure e) {
            throw (InputException) e.getCause();
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("QUESTION", e.getMessage(), "Name objects the first frame shows one of each");
        }
        write(series, frames.out);
        return series;
    }

    private static Series series(String question, SeriesQuestion asked, List<FrameInput> inputs, ObjectSource objects,
                                 LiftOptions lift, Margins margins, PrintWriter err) throws InterruptedException {
        return objects.withPipeline(p -> {
            FrameLifter lifter = new FrameLifter(p, encoding -> {
                try {
                    return lift.toParameters(encoding);
                } catch (InputException e) {
                    throw new FrameFailure(e);
                }
            }, margins, objects.sceneSource(), false);
            try {
                return new QuestionSeries(lifter, TrackingLimits.defaults()).run(question, inputs,
                        asked.measure(margins), asked.choice(), (done, total, point) -> {
                            err.println(TerminalText.escape(String.format(Locale.ROOT, "frame %d/%d %s: %s", done,
                                    total, point.frame(), Double.isNaN(point.value()) ? "no value (" + point.reason()
                                            + ")" : String.format(Locale.ROOT, "%.3f", point.value()))));
                            err.flush();
                        }, ProgressListener.NONE, Cancellation.NEVER);
            } catch (InputException e) {
                throw new FrameFailure(e);
            }
        });
    }

    private static void write(Series s, Path dir) throws IOException {
        SeriesCsv.write(s, dir.resolve(FILES.get(0)));
        SeriesJson.write(s, dir.resolve(FILES.get(1)));
        SeriesPng.write(s, dir.resolve(FILES.get(2)));
        SeriesSvg.write(s, dir.resolve(FILES.get(3)));
    }

    /** A frame that could not be read, carried out of the pipeline's lambda. */
    static final class FrameFailure extends RuntimeException {
        FrameFailure(InputException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
