package org.spatiallift.cli;

import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.export.QaJson;
import org.spatiallift.engine.io.TerminalText;

import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift qa}: lifts one RGB-D frame, its objects from a label map or the detector, and prints its QA. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Spatial QA for one RGB-D image, objects from a label map (--labels, --names), annotated boxes "
                + "(--objects) or the detector (--detect).")
final class QaCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    QaOptions qa;

    @Mixin
    DetectionOptions detection;

    @Mixin
    DepthModelOptions depthModel;

    @Option(names = "--json", description = "Print [{\"category\", \"question\", \"answer\", \"value\", \"unit\", \"objects\", "
            + "\"provenance\" (models and their hashes), ...}].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        detection.checkUsage(spec, input.labels != null, input.objects != null);
        if (!detection.detect) {
            ObjectSource.requireLabels(input.labels != null || input.objects != null);
        }
        QaSettings settings = qa.toSettings();
        var generator = Generators.of(settings);
        LoadedDepth load = depthModel.load(input.toRequest(), input.depth, detection.models.store());
        LoadedInput loaded = load.loaded();
        ModelRef estimatedBy = load.estimatedBy();
        LiftParameters parameters = lift.toParameters(qa.ransacSeed, loaded.depthEncoding());
        LiftResult result;
        QaScene scene;
        try (ObjectSource objects = detection.objectSource(1)) {
            result = objects.withPipeline(p -> p.run(loaded.input(), parameters, loaded.warnings(),
                    ProgressListener.NONE, Cancellation.NEVER));
            scene = objects.scene(input.image.getFileName().toString(), result, settings.margins(), estimatedBy);
        }
        QaBatch batch = generator.generate(scene);
        if (batch.skipped()) {
            throw new InputException(input.image, "no QA: " + batch.skipReason(), detection.detect
                    ? "The detector found too few objects that can be told apart; try --threshold 0.2, or give a "
                            + "label map with --labels PNG --names TXT"
                    : "Label or annotate at least two objects in view with distinct names (or names that position or "
                            + "size tells apart)");
        }
        var out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            batch.pairs().forEach(p -> list.add(QaJson.pair(p).set("provenance", QaJson.provenance(p.provenance()))));
            out.println(Json.MAPPER.writeValueAsString(list));
        } else {
            for (QaPair p : batch.pairs()) {
                out.println(TerminalText.escape("[" + p.category() + "] " + p.question()));
                out.println(TerminalText.escape("    " + p.answer()
                        + (p.value() == null ? "" : "  (" + p.value() + " " + p.unit() + ")")));
            }
            if (estimatedBy != null) {
                out.println(TerminalText.escape("note: depth estimated from the photo by " + estimatedBy.id()
                        + ", not measured: distances and sizes are estimates (see --json provenance)"));
            }
            if (!result.frame().canonical()) {
                out.println("note: no floor found, so questions that need gravity were left out ("
                        + result.frame().reason() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
