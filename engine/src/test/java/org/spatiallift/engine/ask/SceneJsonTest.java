package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.databind.JsonNode;

/** The stored scene holds what answers were measured on, and the same scene always reads the same. */
class SceneJsonTest {

    @Test
    void holdsEachObjectsBoxAndTheFrameAndIsStable() throws Exception {
        QaScene scene = QaTestScenes.scene(List.of(QaTestScenes.standing(1, "chair", 0.5, 2.0, 0.5, 0.5, 0.9),
                QaTestScenes.standing(2, "table", -0.5, 2.5, 1.2, 0.8, 0.75)));
        String json = SceneJson.write(scene);

        assertThat(SceneJson.write(scene)).isEqualTo(json);
        JsonNode n = QaJson.MAPPER.readTree(json);
        assertThat(n.path("frame").asText()).startsWith(scene.canonical() ? "canonical" : "camera");
        assertThat(n.path("objects")).hasSize(2);
        JsonNode chair = n.path("objects").get(0);
        assertThat(chair.path("id").asInt()).isEqualTo(1);
        assertThat(chair.path("aabb_max_canonical_m").get(2).asDouble()
                - chair.path("aabb_min_canonical_m").get(2).asDouble()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(QaJson.object(chair).boxCanonical()).isEqualTo(scene.objects().get(0).boxCanonical());
    }
}
