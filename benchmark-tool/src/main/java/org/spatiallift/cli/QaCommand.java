package org.spatiallift.cli;

import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.QaBatch;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift qa}: lifts one RGB-D frame and prints its QA. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Spatial QA for one RGB-D image with a label map (or, later, the detector).")
final class QaCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    LiftCoreOptions lift;

    @Mixin
    QaOptions qa;

    @Option(names = "--detect", description = "Find objects with the detector (not in this build yet: use --labels and --names).")
    boolean detect;

    @Option(names = "--json", description = "Print [{\"category\", \"question\", \"answer\", \"value\", \"unit\", \"objects\", ...}].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QaSettings settings = qa.toSettings();
        ObjectSource.require(detect, input.labels != null);
        var generator = Generators.of(settings);
        LoadedInput loaded = RgbdLoader.load(input.toRequest());
        LiftResult result = new LiftPipeline().run(loaded.input(), lift.toParameters(qa.ransacSeed), loaded.warnings(),
                ProgressListener.NONE, Cancellation.NEVER);
        QaScene scene = QaScene.of(input.image.getFileName().toString(), result, settings.margins(), SceneSource.LABELS);
        QaBatch batch = generator.generate(scene);
        if (batch.skipped()) {
            throw new InputException(input.image, "no QA: " + batch.skipReason(),
                    "Label at least two objects with distinct names (or names that position or size tells apart)");
        }
        var out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            batch.pairs().forEach(p -> list.add(QaJson.pair(p)));
            out.println(Json.MAPPER.writeValueAsString(list));
        } else {
            for (QaPair p : batch.pairs()) {
                out.println("[" + p.category() + "] " + p.question());
                out.println("    " + p.answer() + (p.value() == null ? "" : "  (" + p.value() + " " + p.unit() + ")"));
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
