package org.spatiallift.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerStep;
import org.spatiallift.engine.ask.AskOptions;
import org.spatiallift.engine.ask.Asker;
import org.spatiallift.engine.ask.Conversation;
import org.spatiallift.engine.ask.AnswerJson;
import org.spatiallift.engine.ask.AskKit;
import org.spatiallift.engine.ask.series.Series;
import org.spatiallift.engine.ask.series.SeriesJson;
import org.spatiallift.engine.vlm.ImagePayload;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.TerminalText;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spatiallift ask}: lifts one scene (the built-in sample, or an RGB-D image with its objects from a label map
 * or the detector) and answers questions about it from the measured boxes. With {@code --json} and a question, one
 * JSON answer; with {@code --json} and no question, one JSON answer per line of standard input; without
 * {@code --json}, a terminal chat on standard input ("it" refers across turns; "quit" or end of input ends).
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask questions about one scene (--sample, or --image RGB --depth DEPTH with --labels PNG --names "
                + "TXT or --detect); answers are measured, with an interval and how they were measured. With "
                + "--vlm-url and --vlm-model a vision-language model answers beside. With --frames LIST --out DIR, one "
                + "question answered in every frame, written as a series (CSV, JSON, PNG, SVG).")
final class AskCommand implements Callable<Integer> {

    /** The scene: the built-in sample, an image and its inputs, or a sequence of frames. */
    static final class Source {
        @Option(names = "--sample", required = true, description = "Ask about the built-in sample room (9 objects).")
        boolean sample;

        @ArgGroup(exclusive = false, multiplicity = "1")
        InputOptions input;

        @ArgGroup(exclusive = false, multiplicity = "1")
        FramesOptions frames;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    LiftOptions lift;

    @Mixin
    DetectionOptions detection;

    @Mixin
    DepthModelOptions depthModel;

    @Option(names = "--units", paramLabel = "metric|imperial|both", defaultValue = "metric",
            description = "Units of lengths in answers when a question does not say (default ${DEFAULT-VALUE}); values "
                    + "stay in metres.")
    String units;

    @Mixin
    VlmOptions vlm;

    @Option(names = "--tools", description = "A language model with function calling (--vlm-url, --vlm-model) answers "
            + "free-form questions through SpatialLift's read-only geometric tools; each tool call and result is "
            + "printed with the answer.")
    boolean tools;

    @Option(names = "--json", description = "Print {\"intent\", \"objects\", \"answer\", \"value\", \"unit\", "
            + "\"interval\", \"steps\", \"clarification\", \"vlm\"}; without QUESTION, one per line of standard input.")
    boolean json;

    @Parameters(arity = "0..1", paramLabel = "QUESTION", description = "The question (without it: read from standard "
            + "input).")
    String question;

    @Spec
    CommandSpec spec;

    /** The longest side of the image a model is shown, pixels. */
    static final int IMAGE_MAX_SIDE = 1536;

    /** Standard input of the chat (tests replace it). */
    InputStream in = System.in;

    @Override
    public Integer call() throws Exception {
        Units u;
        try {
            u = Units.fromKey(units);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--units", e.getMessage(), "Give --units metric, imperial or both");
        }
        if (tools && source.frames == null) {
            return toolChat(); // the language model reads the questions: no question reader to load
        }
        try (AskKit kit = AskKit.open(detection.models.store())) {
            if (source.frames != null) {
                return frames(kit);
            }
            return chat(kit, u);
        }
    }

    private Integer frames(AskKit kit) throws Exception {
        if (vlm.url != null) {
            throw new ParameterException(spec.commandLine(), "--vlm-url asks a model about one image; with --frames "
                    + "each frame is measured only. Drop --vlm-url, or ask about one frame with --image");
        }
        try (ObjectSource objects = detection.objectSource(1)) {
            Series series = AskFrames.run(source.frames, question, kit, objects, lift, spec.commandLine().getErr());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(SeriesJson.toJson(series)));
            } else {
                out.println(TerminalText.escape(String.format(Locale.ROOT, "%s: %d of %d frames measured (%s, %s); "
                        + "written to %s: %s", series.question(), series.measuredCount(), series.points().size(),
                        series.quantity(), series.unit(), source.frames.out, String.join(", ", AskFrames.FILES))));
            }
            out.flush();
            return 0;
        }
    }

    private Integer chat(AskKit kit, Units u) throws Exception {
        Scene scene = source.sample ? sample() : image();
        Asker asker = kit.asker(scene.qa(), AskOptions.of(scene.qa(), scene.gravityDeg()).withUnits(u));
        ModelAsker model = vlm.asker(scene.image());
        PrintWriter out = spec.commandLine().getOut();
        Conversation conversation = new Conversation();
        if (question != null) {
            print(out, model.beside(asker.ask(question, conversation), question));
            if (json) {
                out.flush();
                return 0;
            }
        }
        if (!json) {
            out.println(TerminalText.escape("Ask about " + scene.qa().objects().size() + " objects (\"what is in this "
                    + "scene?\" lists them; \"quit\" ends)."));
            out.flush();
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String q = line.strip();
            if (q.isEmpty()) {
                continue;
            }
            if (!json && (q.equalsIgnoreCase("quit") || q.equalsIgnoreCase("exit"))) {
                break;
            }
            print(out, model.beside(asker.ask(q, conversation), q));
        }
        out.flush();
        return 0;
    }

    /** Questions answered by a model through the geometric tools, one per argument or line of standard input. */
    private Integer toolChat() throws Exception {
        if (vlm.url == null) {
            throw new ParameterException(spec.commandLine(), "--tools needs a language model: give --vlm-url and "
                    + "--vlm-model");
        }
        vlm.asker(null); // checks the model options
        Scene scene = source.sample ? sample() : image();
        ToolAsker asker = new ToolAsker(vlm.settings(), scene.qa(), scene.image());
        PrintWriter out = spec.commandLine().getOut();
        if (question != null) {
            asker.ask(question, json, out);
            return 0;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String q = line.strip();
            if (q.equalsIgnoreCase("quit") || q.equalsIgnoreCase("exit")) {
                break;
            }
            if (!q.isEmpty()) {
                asker.ask(q, json, out);
            }
        }
        return 0;
    }

    /** The scene asked about, its lift's gravity uncertainty (degrees) and its image as a model is shown it. */
    private record Scene(QaScene qa, double gravityDeg, ImagePayload image) {
    }

    private Scene sample() throws InputException {
        if (detection.detect) {
            throw new ParameterException(spec.commandLine(), "--sample comes with its own label map; --detect needs an "
                    + "image. Drop --detect, or give --image and --depth");
        }
        SampleScene s = SampleScenes.builtIn();
        LiftParameters parameters = lift.toParameters();
        LiftResult result = new LiftPipeline().run(new LiftInput(s.color(), s.depth(), s.intrinsics(),
                new ObjectLabels(s.labels(), s.names()), null, null), parameters, List.of(), ProgressListener.NONE,
                Cancellation.NEVER);
        QaScene scene = QaScene.of("builtin", result, Margins.defaults(), SceneSource.SYNTHETIC)
                .withObjectsDeclaredComplete(true); // its label map names every object in the room
        return new Scene(scene, result.frame().gravityUncertaintyDeg(), vlm.url == null ? null
                : ImagePayload.jpeg(s.color(), IMAGE_MAX_SIDE));
    }

    private Scene image() throws Exception {
        InputOptions input = source.input;
        detection.checkUsage(spec, input.labels != null, input.objects != null);
        if (!detection.detect) {
            ObjectSource.requireLabels(input.labels != null || input.objects != null);
        }
        LoadedDepth load = depthModel.load(input.toRequest(), input.depth, detection.models.store());
        LoadedInput loaded = load.loaded();
        LiftParameters parameters = lift.toParameters(loaded.depthEncoding());
        try (ObjectSource objects = detection.objectSource(1)) {
            LiftResult result = objects.withPipeline(p -> p.run(loaded.input(), parameters, loaded.warnings(),
                    ProgressListener.NONE, Cancellation.NEVER));
            QaScene scene = objects.scene(input.image.getFileName().toString(), result, Margins.defaults(),
                    load.estimatedBy());
            if (scene.objects().isEmpty()) {
                throw new InputException(input.image, "no object to ask about ("
                        + scene.excluded().size() + " left out)", detection.detect
                        ? "The detector found no usable object; try --threshold 0.2, or give --labels PNG --names TXT"
                        : "Label at least one object in view with a name");
            }
            // the lifted image re-encoded from its pixels: no EXIF (place, camera serial) leaves with it
            return new Scene(scene, result.frame().gravityUncertaintyDeg(),
                    vlm.url == null ? null : ImagePayload.jpeg(loaded.input().color(), IMAGE_MAX_SIDE));
        }
    }

    private void print(PrintWriter out, Answer a) throws IOException {
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(AnswerJson.contract(a)));
            out.flush();
            return;
        }
        for (AnswerStep s : a.steps()) {
            out.println(TerminalText.escape("  · " + s.question() + " " + s.answer()));
        }
        out.println(TerminalText.escape(a.answer()));
        if (a.clarification() != null) {
            for (int k = 0; k < a.clarification().candidates().size(); k++) {
                var c = a.clarification().candidates().get(k);
                out.println(TerminalText.escape("  " + (k + 1) + ". " + c.description() + " (object " + c.id() + ")"));
            }
        }
        if (a.value() != null) {
            String value = String.format(Locale.ROOT, "%.3f %s", a.value(), a.unit());
            if (a.interval() != null) {
                value += String.format(Locale.ROOT, ", interval [%.3f, %.3f] %s", a.interval().lo(), a.interval().hi(),
                        a.unit());
            }
            out.println(TerminalText.escape("  (" + value + ")"));
        }
        if (a.howMeasured() != null) {
            out.println(TerminalText.escape("  " + a.howMeasured()));
        }
        if (a.vlm() != null) {
            out.println(TerminalText.escape("  model: " + a.vlm().answer() + " — " + (a.vlm().agrees() == null
                    ? "cannot tell whether it agrees" : a.vlm().agrees() ? "agrees" : "disagrees") + " ("
                    + a.vlm().explanation() + ")"));
        }
        out.flush();
    }
}
