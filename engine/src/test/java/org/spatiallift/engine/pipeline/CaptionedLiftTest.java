package org.spatiallift.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.caption.CaptionerChoice;
import org.spatiallift.engine.perception.caption.Captioners;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/** An installed captioner is chosen like the other optional models, and its captions lead every object's caption. */
class CaptionedLiftTest {

    private static final int EOS = 50256;

    @TempDir
    Path dir;

    @Test
    void installedCaptionerLeadsEveryObjectsCaption() throws Exception {
        ModelStore store = storeWithStandInCaptioner();
        SampleScene s = SampleScenes.builtIn();
        LiftInput input = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), s.names()),
                null, null);
        LiftResult plain = new LiftPipeline().run(input, LiftParameters.defaults(), List.of(), ProgressListener.NONE,
                Cancellation.NEVER);

        LiftResult captioned;
        try (CaptionerChoice choice = Captioners.choose(store, null, InferenceOptions.defaults())) {
            assertThat(choice.name()).isEqualTo("vit-gpt2-image-captioning");
            assertThat(choice.reason()).isEqualTo("installed");
            captioned = new LiftPipeline().withCaptioner(choice.captioner()).run(input, LiftParameters.defaults(),
                    List.of(), ProgressListener.NONE, Cancellation.NEVER);
        }

        assertThat(captioned.objects()).hasSameSizeAs(plain.objects()).isNotEmpty();
        for (int i = 0; i < plain.objects().size(); i++) {
            SceneObject before = plain.objects().get(i);
            SceneObject after = captioned.objects().get(i);
            assertThat(after.description().caption()).isEqualTo("a cat \u2014 " + before.description().caption());
        }
    }

    @Test
    void withoutAnInstalledCaptionerOrWhenAskedForNoneCaptionsStayMeasured() throws Exception {
        try (CaptionerChoice none = Captioners.choose(new ModelStore(dir.resolve("empty")), null, InferenceOptions.defaults())) {
            assertThat(none.captioner()).isNull();
            assertThat(none.reason()).isEqualTo("no captioner installed");
        }
        try (CaptionerChoice asked = Captioners.choose(storeWithStandInCaptioner(), Captioners.NONE,
                InferenceOptions.defaults())) {
            assertThat(asked.captioner()).isNull();
            assertThat(asked.reason()).isEqualTo("asked for");
        }
        assertThatThrownBy(() -> Captioners.choose(new ModelStore(dir), "mobilesam-box-segmenter", InferenceOptions.defaults()))
                .isInstanceOf(ModelException.class).hasMessageContaining("is a box_segmenter, not captioner");
    }

    /** A stand-in ViT-GPT2 export whose decoder always says "a cat" and stops. */
    private ModelStore storeWithStandInCaptioner() throws Exception {
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.captionEncoder(224), export.resolve("encoder_model.onnx"));
        StandInModels.write(StandInModels.captionDecoder(new long[] {64, 3797, EOS}, 10f, false),
                export.resolve("decoder_model.onnx"));
        Files.writeString(export.resolve("vocab.json"), new ObjectMapper().writeValueAsString(
                Map.of("a", 64, "\u0120cat", 3797, "<|endoftext|>", EOS)), StandardCharsets.UTF_8);
        ModelStore store = new ModelStore(dir.resolve("cache"));
        StandInModels.install(ModelManifests.resolve("vit-gpt2-image-captioning"), store, export);
        return store;
    }
}
