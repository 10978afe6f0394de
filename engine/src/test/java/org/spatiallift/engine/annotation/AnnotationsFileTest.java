package org.spatiallift.engine.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.validate.GroundTruthReader;

/** An annotation file on its own (--objects): gravity optional, "complete" read, its hash and name in provenance. */
class AnnotationsFileTest {

    private static final String BOX = "{\"name\": \"chair\", \"centre\": [0, 0.5, 2], \"size\": [0.5, 0.9, 0.5],"
            + " \"R_cam\": [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}";

    @TempDir
    Path dir;

    @Test
    void readsBoxesCompletenessGravityAndTheFilesHash() throws Exception {
        Path f = Files.writeString(dir.resolve("objects.json"), "{\"complete\": true, \"gravity_down_in_camera\": "
                + "[0, 0.8, 0.6], \"objects\": [" + BOX + "]}");

        Annotations a = GroundTruthReader.readObjects(f);

        assertThat(a.boxes()).singleElement().extracting(b -> b.name()).isEqualTo("chair");
        assertThat(a.complete()).isTrue();
        assertThat(a.downCamera().y()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(f))));
    }

    @Test
    void withoutGravityOrCompletenessTheListIsNotCompleteAndGravityUnknown() throws Exception {
        Path f = Files.writeString(dir.resolve("boxes.json"), "{\"objects\": [" + BOX + "]}");

        Annotations a = GroundTruthReader.readObjects(f);

        assertThat(a.complete()).isFalse();
        assertThat(a.downCamera()).isNull();
    }

    @Test
    void aCompleteFlagThatIsNotABooleanIsRefusedNamingTheFile() throws Exception {
        Path f = Files.writeString(dir.resolve("objects.json"), "{\"complete\": \"yes\", \"objects\": [" + BOX + "]}");

        assertThatThrownBy(() -> GroundTruthReader.readObjects(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("objects.json").hasMessageContaining("complete");
    }

    @Test
    void provenanceNamesTheFileRelativeToTheDatasetWithItsHash() throws Exception {
        Path frame = Files.createDirectories(dir.resolve("scene7"));
        Path f = Files.writeString(frame.resolve("objects.json"), "{\"objects\": [" + BOX + "]}");
        Annotations a = GroundTruthReader.readObjects(f);
        LiftInput input = new LiftInput(null, null, null, null, frame.resolve("color.png"), null, a);

        SceneSource s = AnnotationProvenance.source("data/scene7/color.png", input, SceneSource.LABELS);

        assertThat(s.objects()).isEqualTo("annotations");
        assertThat(s.models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("data/scene7/objects.json");
            assertThat(m.sha256()).isEqualTo(a.sha256());
            assertThat(m.role()).contains("extent as annotated");
        });
    }
}
