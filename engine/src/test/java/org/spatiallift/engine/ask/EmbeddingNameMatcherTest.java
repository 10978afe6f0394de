package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.ask.ground.EmbeddingNameMatcher;
import org.spatiallift.engine.ask.ground.Grounder;
import org.spatiallift.engine.ask.ground.Grounding;
import org.spatiallift.engine.ask.ground.GroundingContext;
import org.spatiallift.engine.ask.ground.LabelSynonyms;
import org.spatiallift.engine.perception.embed.TextEmbedder;
import org.spatiallift.engine.perception.model.DownloadProgress;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;

/**
 * Words the synonym table lacks, matched by all-MiniLM-L6-v2 (installed offline from the class path) among the
 * scene's labels: close words find their object, unrelated ones find none rather than the least unlike.
 */
class EmbeddingNameMatcherTest {

    @TempDir
    static Path dir;
    private static TextEmbedder embedder;

    @BeforeAll
    static void open() throws Exception {
        var installed = new ModelInstaller(new ModelStore(dir), true).install(ModelManifests.resolve("all-minilm-l6-v2"),
                null, DownloadProgress.NONE);
        embedder = TextEmbedder.open(installed.model(), InferenceOptions.defaults());
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void closeWordsFindTheirObjectAndUnrelatedOnesNone() {
        EmbeddingNameMatcher m = new EmbeddingNameMatcher(embedder);
        List<String> names = List.of("chair", "couch", "cup", "dining table", "floor lamp", "tv");
        assertThat(m.match("television set", names)).isEqualTo("tv");
        assertThat(m.match("lounge sofa", names)).isEqualTo("couch");
        assertThat(m.match("bicycle", names)).isNull();
        QaScene room = GroundingTest.room();
        Grounder g = new Grounder(room, Margins.defaults(), LabelSynonyms.builtIn(), m);
        Grounding found = g.ground("the television set", GroundingContext.NONE); // no label word in it
        assertThat(found.status()).isEqualTo(Grounding.Status.FOUND);
        assertThat(room.objects().get(found.objects().get(0)).name()).isEqualTo("tv");
        assertThat(found.note()).isEqualTo("I took \"television set\" to mean the tv");
    }
}
