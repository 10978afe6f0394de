package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.scene.ObjectLabels;

class LabelMapReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path names(String text) throws Exception {
        return write("names.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            8,  7
            16, 1234
            """)
    void readTakesPixelValuesAsInstanceIds(int bitDepth, int bigId) throws Exception {
        Path png = write("labels.png", PngBytes.png(3, 2, bitDepth, PngBytes.GREY, new int[] {0, 1, 2, bigId, 0, 1}, null));

        ObjectLabels labels = LabelMapReader.read(png, null, ImageLimits.defaults());

        assertThat(labels.labels().ids()).containsExactly(0, 1, 2, bigId, 0, 1);
        assertThat(labels.labels().at(0, 1)).isEqualTo(bigId);
        assertThat(labels.nameOf(bigId)).isEqualTo("object " + bigId);
    }

    @Test
    void readTakesPaletteIndexAsId() throws Exception {
        byte[] plte = {0, 0, 0, (byte) 200, 0, 0, 0, (byte) 200, 0};
        Path png = write("voc.png", PngBytes.png(3, 1, 8, PngBytes.PALETTE, new int[] {0, 2, 1}, plte));

        assertThat(LabelMapReader.read(png, null, ImageLimits.defaults()).labels().ids()).containsExactly(0, 2, 1);
    }

    @Test
    void readNamesParsesIdNameLinesWithTabsCommentsAndBlankLines() throws Exception {
        Path file = names("# objects of scene 7\n\n1 chair\n2\tcoffee table\r\n  # a comment\n10  potted plant  \n");

        assertThat(LabelMapReader.readNames(file)).isEqualTo(Map.of(1, "chair", 2, "coffee table", 10, "potted plant"));
    }

    @Test
    void readNamesParsesOneNamePerLineAsIdsFromOne() throws Exception {
        Path file = names("\uFEFFchair\n# skipped\n\ntable\n3d printer\n");

        assertThat(LabelMapReader.readNames(file)).isEqualTo(Map.of(1, "chair", 2, "table", 3, "3d printer"));
    }

    @Test
    void readNamesObjectsWithoutANameByTheirId() throws Exception {
        Path png = write("labels.png", PngBytes.png(2, 1, 8, PngBytes.GREY, new int[] {1, 5}, null));

        ObjectLabels labels = LabelMapReader.read(png, names("1 sofa\n9 lamp\n"), ImageLimits.defaults());

        assertThat(labels.nameOf(1)).isEqualTo("sofa");
        assertThat(labels.nameOf(5)).isEqualTo("object 5");
        assertThat(labels.nameOf(9)).isEqualTo("lamp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 chair\\n2 table\\nlamp\\n    | line 3: 'lamp' does not start with an id, unlike line 1 | Write 'id name' on every line
            # c\\n1 chair\\n\\n4\\n        | line 4: id 4 has no name                                 | Write 'id name' on every line
            1 chair\\n0 floor\\n           | line 2: id 0 is the background and cannot be named        | Number objects from 1
            1 chair\\n2 desk\\n1 stool\\n  | line 3: id 1 is already named 'chair' on line 1           | Give each id one name
            70000 car\\n                   | line 1: id 70000 is larger than a 16-bit label map holds  | Use ids from 1 to 65535
            """)
    void readNamesRefusesMalformedLinesNamingTheLineNumber(String text, String problem, String remedy) throws Exception {
        Path file = names(text.replace("\\n", "\n"));

        assertThatThrownBy(() -> LabelMapReader.readNames(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(problem)
                .hasMessageContaining(remedy);
    }

    @Test
    void readNamesRefusesTextThatIsNotUtf8() throws Exception {
        Path file = write("names.txt", new byte[] {'1', ' ', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> LabelMapReader.readNames(file))
                .hasMessageContaining(file.toString()).hasMessageContaining("is not UTF-8 text")
                .hasMessageContaining("Save the names file as UTF-8");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            rgb,  has 3 channels, but a label map needs one
            jpeg, is a JPEG image, but a label map must be a PNG
            """)
    void readRefusesLabelMapsThatAreNotSingleChannelPng(String kind, String problem) throws Exception {
        byte[] bytes = "rgb".equals(kind) ? PngBytes.png(1, 1, 8, PngBytes.RGB, new int[3], null)
                : TestImages.encode(TestImages.quadrants(4, 4), "jpg");
        Path file = write("labels.png", bytes);

        assertThatThrownBy(() -> LabelMapReader.read(file, null, ImageLimits.defaults()))
                .hasMessageContaining(file.toString())
                .hasMessageContaining(problem)
                .hasMessageContaining("single-channel 8- or 16-bit greyscale PNG");
    }

    @Test
    void readRefusesMissingNamesFile() throws Exception {
        Path png = write("labels.png", PngBytes.png(1, 1, 8, PngBytes.GREY, new int[] {1}, null));
        Path missing = dir.resolve("names.txt");

        assertThatThrownBy(() -> LabelMapReader.read(png, missing, ImageLimits.defaults()))
                .hasMessage(missing + ": file not found (names file). Check the path");
    }
}
