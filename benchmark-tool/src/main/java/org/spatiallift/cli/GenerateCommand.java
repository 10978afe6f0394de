package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.OutputException;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.QaDataset;
import org.spatiallift.engine.io.TerminalText;
import org.spatiallift.engine.pipeline.LiftParameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift generate}: a QA dataset from many RGB-D images, objects from label maps or the detector.
 * Resumable: images already in the dataset are skipped, so a killed run is finished by running the same command again.
 * With the detector, each worker has its own (a detector is not thread-safe), sharing the processors.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a spatial QA dataset (LLaVA, messages or imagefolder JSONL) from RGB-D images, objects "
                + "from label maps beside the images or from the detector (--detect).")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    GenerateInputs input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Dataset folder (created; resumed if it exists).")
    Path out;

    @Option(names = "--format", paramLabel = "llava|messages|imagefolder", defaultValue = "llava",
            description = "Dataset layout (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Images in parallel (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    QaOptions qa;

    @Mixin
    DetectionOptions detection;

    @Mixin
    DepthModelOptions depthModel;

    @Spec
    CommandSpec spec;

    /** Tests interrupt a run with this: asked with the images appended so far. */
    IntPredicate stopAfter = n -> false;

    @Option(names = "--copy-images",
            description = "Copy each image into the dataset's images/ folder and name it there, relative to the dataset, "
                    + "so the folder is self-contained (imagefolder always does).")
    boolean copyImages;

    @Option(names = "--keep-rejected-scenes",
            description = "Generate QA also for scenes the scene filter rejects (by default they are skipped, with the "
                    + "filter's reason in the summary).")
    boolean keepRejectedScenes;

    @Override
    public Integer call() throws InputException, InterruptedException {
        detection.checkUsage(spec, false);
        if (workers < 1) {
            throw InputException.forValue("--workers", "must be at least 1, got " + workers, "Give --workers 2, for example");
        }
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromKey(format);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--format", e.getMessage(), "Give --format llava, messages or imagefolder");
        }
        QaGenerator generator = Generators.of(qa.toSettings());
        List<InputItem> items = input.discover();

        GenerateSummary summary;
        try (ObjectSource objects = detection.objectSource(Math.max(1, Math.min(workers, items.size())));
             DepthSource depth = depthModel.source(detection.models.store());
             QaDataset dataset = QaDataset.open(out, exportFormat, copyImages)) {
            GenerateRun.Progress progress = noProgress || json ? (a, b, c) -> { } : new ProgressBar(spec.commandLine().getErr());
            LiftParameters base = lift.toParameters(qa.ransacSeed);
            summary = new GenerateRun(items, dataset, generator, objects, encoding -> lift.forInput(base, encoding),
                    input.limits(), workers, progress, stopAfter, keepRejectedScenes, depth).run();
        } catch (OutputException e) {
            throw e.asInputException();
        } catch (IOException e) {
            throw new InputException(out, "cannot write the dataset (" + e.getMessage() + ")",
                    "Choose a folder you can write to with --out, holding only a SpatialLift dataset of this format");
        }
        var stdout = spec.commandLine().getOut();
        if (json) {
            try {
                stdout.println(Json.MAPPER.writeValueAsString(summary.toJson()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the summary could not be written as JSON", e);
            }
        } else {
            stdout.print(TerminalText.escape(summary.toText()));
        }
        stdout.flush();
        return 0;
    }
}
