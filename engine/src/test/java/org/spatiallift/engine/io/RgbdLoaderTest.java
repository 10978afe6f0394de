package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.testing.SharedData;

class RgbdLoaderTest {

    @TempDir
    Path dir;

    private Path image;
    private Path depth;

    @BeforeEach
    void writeFourByTwoFrame() throws Exception {
        image = Files.write(dir.resolve("c.png"), TestImages.encode(TestImages.quadrants(4, 2), "png"));
        depth = Files.write(dir.resolve("d.png"), PngBytes.grey16(4, 2, 1000, 2000, 0, 3000, 500, 0, 4000, 1500));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void loadDecodesColourDepthLabelsAndGivenIntrinsics() throws Exception {
        Path labels = write("l.png", PngBytes.png(4, 2, 8, PngBytes.GREY, new int[] {0, 1, 1, 0, 2, 2, 0, 0}, null));
        Path names = write("n.txt", "1 chair\n2 table\n".getBytes(StandardCharsets.UTF_8));
        RgbdRequest request = RgbdRequest.of(image, depth).withFormat(DepthFormat.PNG16, 1000.0)
                .withIntrinsics(new IntrinsicsSpec(3, 3, 1.5, 0.5)).withLabels(labels, names);

        LoadedInput loaded = RgbdLoader.load(request);

        LiftInput in = loaded.input();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(in.color().rgbAt(0, 0)).isEqualTo(TestImages.RED);
        assertThat(in.depth().at(3, 0)).isEqualTo(3.0f);
        assertThat(in.intrinsics()).isEqualTo(new Intrinsics(3, 3, 1.5, 0.5, 4, 2, IntrinsicsSource.GIVEN));
        assertThat(in.labels().labels().at(1, 1)).isEqualTo(2);
        assertThat(in.labels().nameOf(2)).isEqualTo("table");
        assertThat(in.imageFile()).isEqualTo(image);
        assertThat(in.depthFile()).isEqualTo(depth);
    }

    @Test
    void loadGuessesFormatAndWarnsAboutDefaultFieldOfView() throws Exception {
        LoadedInput loaded = RgbdLoader.load(RgbdRequest.of(image, depth));

        assertThat(loaded.input().depth().at(0, 0)).isEqualTo(1.0f);
        assertThat(loaded.input().intrinsics().source()).isEqualTo(IntrinsicsSource.DEFAULT_FOV);
        assertThat(loaded.input().labels()).isNull();
        assertThat(loaded.warnings()).singleElement().asString()
                .contains("no intrinsics given and no EXIF focal length in " + image)
                .contains("Give --intrinsics fx,fy,cx,cy");
    }

    @Test
    void loadWithoutFormatReadsTumPrefixedDepthAsFifthsOfMillimetres() throws Exception {
        Path tum = write("TUM_depth.png", PngBytes.grey16(4, 2, 5000, 10000, 0, 5000, 5000, 0, 2500, 5000));

        LoadedInput loaded = RgbdLoader.load(RgbdRequest.of(image, tum));

        assertThat(loaded.input().depth().at(0, 0)).isEqualTo(1.0f);
        assertThat(loaded.input().depth().at(1, 0)).isEqualTo(2.0f);
        assertThat(loaded.depthEncoding().summary()).isEqualTo("tum, 5000 units/m (file name prefix TUM_)");
    }

    @Test
    void loadWithDepthFromModelHasNoDepthEncoding() throws Exception {
        LoadedInput loaded = RgbdLoader.load(RgbdRequest.of(image, null),
                (color, intrinsics, file) -> new org.spatiallift.engine.image.DepthImage(color.width(), color.height(),
                        new float[color.width() * color.height()]));

        assertThat(loaded.depthEncoding()).isNull();
    }

    @Test
    void loadTakesIntrinsicsFromExif() throws Exception {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(4, 2), "jpg");
        Path exifJpeg = write("exif.jpg", ExifApp1.inject(jpeg, new ExifApp1().focalLength35mm(36).segment()));

        LoadedInput loaded = RgbdLoader.load(RgbdRequest.of(exifJpeg, depth));

        assertThat(loaded.input().intrinsics().source()).isEqualTo(IntrinsicsSource.EXIF);
        assertThat(loaded.input().intrinsics().fx()).isEqualTo(4.0);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void loadRefusesDepthOfAnotherSizeNamingBothFiles() throws Exception {
        Path small = write("small.png", PngBytes.grey16(2, 2, 1, 2, 3, 4));

        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(image, small)))
                .isInstanceOf(InputException.class)
                .hasMessage(small + ": depth image is 2x2 but the colour image " + image
                        + " is 4x2. Give a depth file of the same size as the image");
    }

    @Test
    void loadRefusesLabelMapOfAnotherSize() throws Exception {
        Path labels = write("l.png", PngBytes.png(2, 4, 8, PngBytes.GREY, new int[8], null));

        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(image, depth).withLabels(labels, null)))
                .hasMessage(labels + ": label map is 2x4 but the colour image " + image
                        + " is 4x2. Give a label map of the same size as the image");
    }

    @Test
    void loadExplainsSizeMismatchCausedByExifRotation() throws Exception {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(4, 2), "jpg");
        Path rotated = write("portrait.jpg", ExifApp1.inject(jpeg, new ExifApp1().orientation(6).segment()));

        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(rotated, depth)))
                .hasMessageContaining(depth.toString())
                .hasMessageContaining("depth image is 4x2 but the colour image " + rotated + " is 2x4")
                .hasMessageContaining("after turning it upright by its EXIF orientation 6")
                .hasMessageContaining("rotate it to match the upright image");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            image,  colour image
            depth,  depth file
            labels, label map
            names,  names file
            """)
    void loadRefusesMissingFilesNamingThem(String which, String role) throws Exception {
        Path missing = dir.resolve("missing-" + which + ".png");
        Path labels = write("l.png", PngBytes.png(4, 2, 8, PngBytes.GREY, new int[8], null));
        RgbdRequest r = switch (which) {
            case "image" -> RgbdRequest.of(missing, depth);
            case "depth" -> RgbdRequest.of(image, missing);
            case "labels" -> RgbdRequest.of(image, depth).withLabels(missing, null);
            default -> RgbdRequest.of(image, depth).withLabels(labels, missing);
        };

        assertThatThrownBy(() -> RgbdLoader.load(r))
                .hasMessage(missing + ": file not found (" + role + "). Check the path");
    }

    @Test
    void loadRefusesDirectoryGivenAsFile() {
        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(dir, depth)))
                .hasMessage(dir + ": is a directory, not a file (colour image). Give the path of the colour image itself");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0
            -5
            NaN
            """)
    void loadRefusesImpossibleDepthScale(double scale) {
        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(image, depth).withFormat(null, scale)))
                .hasMessageStartingWith("--depth-scale: must be a positive number").hasMessageContaining("--depth-scale 1000");
    }

    @Test
    void loadRefusesNamesWithoutLabelMap() throws Exception {
        Path names = write("n.txt", "chair\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(image, depth).withLabels(null, names)))
                .hasMessageContaining("--names").hasMessageContaining(names.toString())
                .hasMessageContaining("Give the label map with --labels");
    }

    @Test
    void loadRefusesToGuessPgmDepthFormat() throws Exception {
        Path pgm = write("d.pgm", ArrayFiles.pgm16(4, 2, java.nio.ByteOrder.LITTLE_ENDIAN, null, new int[8]));

        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(image, pgm)))
                .hasMessageContaining(pgm.toString()).hasMessageContaining("--depth-format nyu-raw");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            color/00000.jpg,             depth/00000.png,             png16
            other_formats/NYU_color.ppm, other_formats/NYU_depth.pgm, nyu-raw
            """)
    void loadLiftsRealFrameWithPrimeSenseIntrinsics(String color, String depthFile, String format) throws Exception {
        RgbdRequest request = RgbdRequest.of(SharedData.rgbd(color), SharedData.rgbd(depthFile))
                .withFormat(DepthFormat.fromCliName(format), null)
                .withIntrinsics(IntrinsicsSpec.parse("525,525,319.5,239.5"));

        LoadedInput loaded = RgbdLoader.load(request);

        assertThat(loaded.input().intrinsics()).isEqualTo(Intrinsics.primeSense());
        assertThat(loaded.input().depth().width()).isEqualTo(640);
        assertThat(loaded.warnings()).isEmpty();
    }
}
