package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.DepthReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.QaDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift generate}: a QA dataset from many RGB-D images. Resumable: images already in the dataset are
 * skipped, so a killed run is finished by running the same command again.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a spatial QA dataset (LLaVA, messages or imagefolder JSONL) from RGB-D images.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR|FILE", arity = "1..*",
            description = "Folders (searched recursively) or colour images; depth, labels, names and intrinsics are "
                    + "found beside each image by naming rule (color/X.jpg -> depth/X.png, X_color.png -> X_depth.png, "
                    + "rgb.png -> depth.png, X.jpg -> X_depth.png).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE",
            description = "Lines 'IMAGE DEPTH [labels=PNG] [names=TXT] [format=F] [scale=S] [intrinsics=fx,fy,cx,cy]', "
                    + "paths relative to the list file.")
    Path list;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Dataset folder (created; resumed if it exists).")
    Path out;

    @Option(names = "--format", paramLabel = "llava|messages|imagefolder", defaultValue = "llava",
            description = "Dataset layout (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Images in parallel (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--depth-format", paramLabel = "FORMAT", description = "Depth format for all images (default: from the extension).")
    String depthFormat;

    @Option(names = "--depth-scale", paramLabel = "S", description = "Depth units per metre for all images.")
    Double depthScale;

    @Option(names = "--intrinsics", paramLabel = "fx,fy,cx,cy", description = "Intrinsics for all images (else X_intrinsics.txt, EXIF or 60° fov).")
    String intrinsics;

    @Option(names = "--detect", description = "Find objects with the detector (not in this build yet: use label maps).")
    boolean detect;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "100000000", description = "Refuse larger images.")
    long maxPixels;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    boolean noProgress;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    QaOptions qa;

    @Spec
    CommandSpec spec;

    /** Tests interrupt a run with this: asked with the images appended so far. */
    IntPredicate stopAfter = n -> false;

    @Override
    public Integer call() throws InputException, InterruptedException {
        if (detect) {
            ObjectSource.require(true, false);
        }
        if (inputs.isEmpty() && list == null) {
            throw InputException.forValue("--input", "no images given", "Give folders or images with --input, or --list FILE");
        }
        if (workers < 1) {
            throw InputException.forValue("--workers", "must be at least 1, got " + workers, "Give --workers 2, for example");
        }
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromKey(format);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--format", e.getMessage(), "Give --format llava, messages or imagefolder");
        }
        DepthReader.requireValidScale(depthScale);
        InputDiscovery.Defaults defaults = new InputDiscovery.Defaults(
                depthFormat == null ? null : DepthFormat.fromCliName(depthFormat), depthScale,
                intrinsics == null ? null : IntrinsicsSpec.parse(intrinsics));
        QaGenerator generator = Generators.of(qa.toSettings());
        List<InputItem> items = InputDiscovery.discover(inputs, list, defaults);

        GenerateSummary summary;
        try (QaDataset dataset = QaDataset.open(out, exportFormat)) {
            GenerateRun.Progress progress = noProgress || json ? (a, b, c) -> { } : new ProgressBar(spec.commandLine().getErr());
            summary = new GenerateRun(items, dataset, generator, lift.toParameters(qa.ransacSeed),
                    new ImageLimits(maxPixels), workers, progress, stopAfter).run();
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
            stdout.print(summary.toText());
        }
        stdout.flush();
        return 0;
    }
}
