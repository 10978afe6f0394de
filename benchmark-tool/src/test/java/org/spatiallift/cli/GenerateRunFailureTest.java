package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.perception.filter.SceneFilter;
import org.spatiallift.engine.perception.filter.SceneFilterChoice;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.QaDataset;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

/** One image of a {@code generate} run that runs out of memory half-way is skipped and counted; the run goes on. */
class GenerateRunFailureTest {

    @TempDir
    Path dir;

    @Test
    void anImageThatRunsOutOfMemoryIsSkippedAndCountedAndTheOthersAreWritten() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 1; i <= 3; i++) {
            SampleSceneWriter.write(SampleScenes.builtIn(), in.resolve("scene" + i));
        }
        AtomicInteger judged = new AtomicInteger();
        SceneFilter outOfMemoryOnce = input -> {
            if (judged.getAndIncrement() == 0) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new SceneVerdict(true, "test", "accepted");
        };
        List<InputItem> items = InputDiscovery.discover(List.of(in), null, new InputDiscovery.Defaults(null, null, null));
        GenerateSummary summary;
        try (ObjectSource objects = ObjectSource.labels(1,
                () -> new SceneFilterChoice(outOfMemoryOnce, "test", "fails once", null), false);
                QaDataset dataset = QaDataset.open(dir.resolve("out"), ExportFormat.LLAVA)) {
            summary = new GenerateRun(items, dataset, Generators.of(QaSettings.defaults().withPerImage(4)), objects,
                    encoding -> LiftParameters.defaults(), ImageLimits.defaults(), 1, (a, b, c) -> { }, n -> false, false).run();
        }

        assertThat(summary.generated()).isEqualTo(2);
        assertThat(summary.skipped()).hasSize(1);
        assertThat(summary.skipped().get(0).reason()).contains("ran out of memory (Java heap space)")
                .contains("Give Java more memory");
        assertThat(QaDataset.readAll(dir.resolve("out"), ExportFormat.LLAVA)).hasSize(2);
    }
}
