package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.io.InputException;

class SceneSpecReaderTest {

    private static final String VALID = """
            { "room": { "left_m": 3, "right_m": 3, "front_m": 6, "back_m": 1, "wall_height_m": 2.6 },
              "camera": { "height_m": 1.4, "pitch_deg": 20 },
              "objects": [
                { "name": "table", "shape": "box", "template": "table", "color": "#8b5a2b",
                  "x_m": 0.2, "y_m": 3.0, "dims_m": [1.2, 0.8, 0.75], "yaw_deg": 8 },
                { "name": "mug", "shape": "cylinder", "color": "0xE63946", "on": "table",
                  "x_m": 0.3, "y_m": 3.0, "dims_m": [0.09, 0.09, 0.11] },
                { "name": "shelf", "shape": "box", "color": "#7b4fa0", "x_m": 1, "y_m": 4,
                  "parts": [ { "shape": "box", "center_m": [0, 0, 0.5], "dims_m": [0.8, 0.3, 1.0] },
                             { "shape": "sphere", "center_m": [0, 0, 1.1], "dims_m": [0.2, 0.2, 0.2] } ] }
              ] }
            """;

    @Test
    void parseReadsRoomCameraObjectsAndDefaults() throws InputException {
        SceneSpec spec = SceneSpecReader.parse(VALID, "test.json");

        assertThat(spec.room().leftM()).isEqualTo(3);
        assertThat(spec.room().ceiling()).isTrue();
        assertThat(spec.camera().rollDeg()).isZero();
        assertThat(spec.camera().hfovDeg()).isEqualTo(60);
        assertThat(spec.camera().width()).isEqualTo(640);
        assertThat(spec.objects()).extracting(ObjectSpec::name).containsExactly("table", "mug", "shelf");
        assertThat(spec.objects().get(0).parts()).hasSize(5);
        assertThat(spec.objects().get(0).yawDeg()).isEqualTo(8);
        assertThat(spec.objects().get(1).rgb()).isEqualTo(0xE63946);
        assertThat(spec.objects().get(1).onName()).isEqualTo("table");
        assertThat(spec.objects().get(2).dims().toArray()).containsExactly(new double[] {0.8, 0.3, 1.2}, within(1e-12));
    }

    @Test
    void readNamesTheFileOfAnUnreadableSpec(@TempDir Path dir) {
        Path file = dir.resolve("missing.json");

        assertThatThrownBy(() -> SceneSpecReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("missing.json");
    }

    @Test
    void readAcceptsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("scene.json"), VALID);

        assertThat(SceneSpecReader.read(file).objects()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            camera height missing       | "height_m": 1.4,                          | ''                                            | camera.height_m
            camera height not a number  | "height_m": 1.4                           | "height_m": "tall"                            | camera.height_m
            negative wall distance      | "left_m": 3                               | "left_m": -3                                  | room.left_m
            dims with two numbers       | "dims_m": [0.09, 0.09, 0.11]              | "dims_m": [0.09, 0.11]                        | objects[1].dims_m
            cylinder not round          | "dims_m": [0.09, 0.09, 0.11]              | "dims_m": [0.09, 0.2, 0.11]                   | objects[1].dims_m
            colour not hex              | "color": "#8b5a2b"                        | "color": "brown"                              | objects[0].color
            unknown shape               | "shape": "cylinder", "color": "0xE63946"  | "shape": "cone", "color": "0xE63946"          | objects[1].shape
            unknown template            | "template": "table"                       | "template": "desk"                            | objects[0].template
            misspelt field              | "yaw_deg": 8                              | "yaw": 8                                      | objects[0].yaw
            support not earlier         | "on": "table"                             | "on": "shelf"                                 | objects[1].on
            object outside the room     | "x_m": 1, "y_m": 4                        | "x_m": 9, "y_m": 4                            | objects[2]
            parts and dims together     | "x_m": 1, "y_m": 4,                       | "x_m": 1, "y_m": 4, "dims_m": [1, 1, 1],      | objects[2].parts
            part below the floor        | "center_m": [0, 0, 0.5]                   | "center_m": [0, 0, 0.2]                       | objects[2]
            """)
    void parseNamesTheFieldOfABadSpec(String what, String from, String to, String field) {
        String json = VALID.replace(from, to);
        assertThat(json).as("test input for %s", what).isNotEqualTo(VALID);

        assertThatThrownBy(() -> SceneSpecReader.parse(json, "bad.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.json: " + field + ":");
    }

    @Test
    void parseNamesObjectsWhenTheyAreNotAList() {
        String json = VALID.substring(0, VALID.indexOf("\"objects\"")) + "\"objects\": {} }";

        assertThatThrownBy(() -> SceneSpecReader.parse(json, "bad.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.json: objects: expected an array");
    }

    @Test
    void parseReportsTheLineOfBrokenJson() {
        assertThatThrownBy(() -> SceneSpecReader.parse("{ \"room\": {\n  \"left_m\": 3,, }", "broken.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("line 2");
    }
}
