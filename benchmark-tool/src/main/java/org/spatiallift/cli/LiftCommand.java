package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spatiallift.engine.export.PlyWriter;
import org.spatiallift.engine.export.SceneJsonWriter;
import org.spatiallift.engine.io.AtomicOutput;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.caption.CaptionerChoice;
import org.spatiallift.engine.perception.caption.Captioners;
import org.spatiallift.engine.perception.detect.Detector;
import org.spatiallift.engine.perception.filter.SceneFilterChoice;
import org.spatiallift.engine.perception.filter.SceneFilters;
import org.spatiallift.engine.perception.mask.MaskParameters;
import org.spatiallift.engine.perception.mask.MaskSourceChoice;
import org.spatiallift.engine.perception.mask.MaskSources;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ObjectDetection;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.io.TerminalText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift lift}: one RGB-D frame to a canonical metric point cloud, its floor and its objects — from a label
 * map ({@code --labels}) or from the detector ({@code --detect}) — each described, and the scene filter's verdict.
 */
@Command(name = "lift", mixinStandardHelpOptions = true,
        description = "Lift an RGB-D frame into a metric point cloud in the gravity-aligned canonical frame.")
final class LiftCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LiftCommand.class);

    @Mixin
    InputOptions input;

    @Mixin
    LiftOptions lift;

    @Mixin
    DepthModelOptions depthModel;

    @Mixin
    DetectionOptions detection;

    @Option(names = "--captioner", paramLabel = "ID|JSON|none",
            description = "Caption each object's image crop with this captioning model, or none (default: the first "
                    + "installed captioner, see models list, else none); captions always carry the measured attributes.")
    String captioner;

    @Option(names = "--out", paramLabel = "DIR", description = "Write cloud.ply (canonical frame) and scene.json here.")
    Path out;

    @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Which mask source and scene filter were chosen, and why (for the summary and the JSON). */
    private final Map<String, String> choices = new LinkedHashMap<>();

    @Override
    public Integer call() throws InputException, IOException {
        checkDetectionUsage();
        LoadedDepth load = depthModel.load(input.toRequest(), input.depth, detection.models.store());
        LoadedInput loaded = load.loaded();
        ModelRef estimatedBy = load.estimatedBy();
        String focalRescale = load.focalRescale();
        if (loaded.depthEncoding() != null) {
            choices.put("depth_format", loaded.depthEncoding().summary());
        }
        LiftResult result;
        var store = detection.models.store();
        try (SceneFilterChoice filter = SceneFilters.choose(store, detection.sceneFilter, SceneFilters.defaultTokenizer(),
                InferenceOptions.defaults());
                CaptionerChoice captions = Captioners.choose(store, captioner, InferenceOptions.defaults())) {
            LOG.info("scene filter: {} ({})", filter.name(), filter.reason());
            LOG.info("captioner: {} ({})", captions.name(), captions.reason());
            if (detection.detect) {
                try (Detector detector = Detector.open(detection.models.locate(), detection.detectorOptions());
                        MaskSourceChoice masks = MaskSources.choose(store, detection.segmenter, MaskParameters.defaults(),
                                InferenceOptions.defaults())) {
                    LOG.info("masks from: {} ({})", masks.name(), masks.reason());
                    result = new LiftPipeline(new ObjectDetection(detector::detect, masks.source()), null, filter.filter())
                            .withCaptioner(captions.captioner()).run(loaded.input(), lift.toParameters(loaded.depthEncoding()),
                                    loaded.warnings(), ProgressListener.NONE, Cancellation.NEVER);
                    choices.put("masks", masks.name() + " (" + masks.reason() + ")");
                }
            } else {
                result = new LiftPipeline(null, null, filter.filter()).withCaptioner(captions.captioner())
                        .run(loaded.input(), lift.toParameters(loaded.depthEncoding()), loaded.warnings(), ProgressListener.NONE,
                                Cancellation.NEVER);
            }
            choices.put("scene_filter", filter.name() + " (" + filter.reason() + ")");
            choices.put("captioner", captions.name() + " (" + captions.reason() + ")");
        }
        ObjectNode tree = SceneJsonWriter.toJson(result);
        addChoices(tree);
        if (estimatedBy != null) {
            ObjectNode by = tree.putObject("depth").putObject("estimated_by");
            by.put("id", estimatedBy.id()).put("revision", estimatedBy.revision()).put("sha256", estimatedBy.sha256());
            if (focalRescale != null) {
                by.put("focal_rescale", focalRescale);
            }
            choices.put("depth", "estimated from the photo by " + estimatedBy.id() + ", not measured");
        }
        if (out != null) {
            write(result, tree);
        }
        var stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            stdout.print(TerminalText.escape(Summary.of(result, out)));
            choices.forEach((what, choice) -> stdout.println(TerminalText.escape("chosen " + what.replace('_', ' ') + ": " + choice)));
        }
        stdout.flush();
        return 0;
    }

    private void checkDetectionUsage() {
        detection.checkUsage(spec, input.labels != null, input.objects != null);
    }

    /**
     * The choice and its reason beside what was chosen: detector.masks_from.chosen, scene_filter.chosen and
     * captioner.chosen.
     */
    private void addChoices(ObjectNode tree) {
        JsonNode masksFrom = tree.path("detector").path("masks_from");
        if (masksFrom instanceof ObjectNode node && choices.containsKey("masks")) {
            node.put("chosen", choices.get("masks"));
        }
        JsonNode filter = tree.path("scene_filter");
        if (filter instanceof ObjectNode node && choices.containsKey("scene_filter")) {
            node.put("chosen", choices.get("scene_filter"));
        }
        if (choices.containsKey("captioner")) {
            tree.putObject("captioner").put("chosen", choices.get("captioner"));
        }
        if (choices.containsKey("depth_format")) {
            tree.putObject("depth").put("read_as", choices.get("depth_format"));
        }
    }

    private void write(LiftResult result, ObjectNode tree) throws InputException, IOException {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputException(out, "cannot create the output folder (" + e.getMessage() + ")",
                    "Choose a folder you can write to with --out", e);
        }
        PlyWriter.write(result.cloudCanonical(),
                PlyWriter.instanceIds(result.cloudCanonical().size(), result.objects()), out.resolve("cloud.ply"));
        AtomicOutput.write(out.resolve("scene.json"), o -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(o, tree));
    }
}
