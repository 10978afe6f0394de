package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.image.DepthImage;

/** PNG and PGM depth formats: png16, tum, kitti, sun, nyu-raw. */
class DepthReaderPngTest {

    private static final int[] VALUES = {0, 1000, 5000, 65535, 1, 2560};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # format, --depth-scale (blank = default), scale expected
            png16, ,     1000
            tum,   ,     5000
            kitti, ,     256
            png16, 5000, 5000
            tum,   1000, 1000
            kitti, 100,  100
            """)
    void readDividesSixteenBitValuesByScaleInFloat32(String name, Double scale, double expectedScale) throws Exception {
        Path png = write("d.png", PngBytes.grey16(3, 2, VALUES));

        DepthImage depth = DepthReader.read(png, DepthFormat.fromCliName(name), scale, ImageLimits.defaults());

        float s = (float) expectedScale;
        assertThat(depth.width()).isEqualTo(3);
        assertThat(depth.height()).isEqualTo(2);
        for (int i = 0; i < VALUES.length; i++) {
            assertThat(depth.metres()[i]).isEqualTo(VALUES[i] / s);
        }
        assertThat(depth.at(1, 0)).isEqualTo(1000 / s);
    }

    @Test
    void readUndoesSunBitRotation() throws Exception {
        int[] mm = {0, 1234, 7000, 0xE001, 65535, 8};
        int[] stored = new int[mm.length];
        for (int i = 0; i < mm.length; i++) {
            stored[i] = ((mm[i] << 3) | (mm[i] >> 13)) & 0xFFFF;
        }
        Path png = write("sun.png", PngBytes.grey16(3, 2, stored));

        DepthImage depth = DepthReader.read(png, DepthFormat.SUN, null, ImageLimits.defaults());

        for (int i = 0; i < mm.length; i++) {
            assertThat(depth.metres()[i]).isEqualTo(mm[i] / 1000f);
        }
    }

    @Test
    void readConvertsLittleEndianNyuDisparityToMetres() throws Exception {
        int[] v = {2047, 700, 1000, 1092, 1093, 0};
        Path pgm = write("nyu.pgm", ArrayFiles.pgm16(3, 2, ByteOrder.LITTLE_ENDIAN, "NYU raw", v));

        DepthImage depth = DepthReader.read(pgm, DepthFormat.NYU_RAW, null, ImageLimits.defaults());

        assertThat(depth.metres()).containsExactly(0f, (float) (351.3 / 392.5), (float) (351.3 / 92.5),
                (float) (351.3 / 0.5), 0f, (float) (351.3 / 1092.5));
    }

    @Test
    void readRefusesBigEndianPgmAsNyuRaw() throws Exception {
        Path pgm = write("std.pgm", ArrayFiles.pgm16(2, 1, ByteOrder.BIG_ENDIAN, null, 700, 1000));

        assertThatThrownBy(() -> DepthReader.read(pgm, DepthFormat.NYU_RAW, null, ImageLimits.defaults()))
                .hasMessageContaining(pgm.toString())
                .hasMessageContaining("2 samples exceed 2047 (first at pixel (0, 0) = 48130)")
                .hasMessageContaining("--depth-format png16");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'P5 2 1 255\\n',   is an 8-bit PGM,        raw 16-bit
            'P2 2 1 65535\\n', is a P2 Netpbm file,    binary greyscale PGM (P5)
            'P5 2 1\\n',       incomplete PGM header,  Re-export
            'P5 x 1 65535\\n', invalid width 'x',      Re-export
            """)
    void readRefusesPgmThatIsNotNyuRaw(String header, String problem, String remedy) throws Exception {
        Path pgm = write("bad.pgm", header.replace("\\n", "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> DepthReader.read(pgm, DepthFormat.NYU_RAW, null, ImageLimits.defaults()))
                .hasMessageContaining(pgm.toString()).hasMessageContaining(problem).hasMessageContaining(remedy);
    }

    @Test
    void readRefusesTruncatedNyuPgm() throws Exception {
        byte[] full = ArrayFiles.pgm16(3, 2, ByteOrder.LITTLE_ENDIAN, null, 700, 700, 700, 700, 700, 700);
        Path pgm = write("cut.pgm", java.util.Arrays.copyOf(full, full.length - 3));

        assertThatThrownBy(() -> DepthReader.read(pgm, DepthFormat.NYU_RAW, null, ImageLimits.defaults()))
                .hasMessageContaining(pgm.toString())
                .hasMessageContaining("is truncated: the header promises 3x2 uint16 samples (12 bytes) but only 9 bytes")
                .hasMessageContaining("Re-export");
    }

    @Test
    void readRefusesEightBitPngAsPng16() throws Exception {
        Path png = write("d8.png", PngBytes.png(2, 2, 8, PngBytes.GREY, new int[] {1, 2, 3, 4}, null));

        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.PNG16, null, ImageLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(png.toString())
                .hasMessageContaining("has 8-bit samples, but png16 depth needs 16-bit grey")
                .hasMessageContaining("Save the depth as a single-channel 16-bit PNG");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2, 16, has 3 channels
            4, 16, has 2 channels
            6,  8, has 4 channels
            3,  8, is a palette PNG
            """)
    void readRefusesPngWithWrongChannels(int colorType, int bitDepth, String problem) throws Exception {
        int ch = PngBytes.channels(colorType);
        byte[] plte = colorType == PngBytes.PALETTE ? new byte[] {0, 0, 0, 9, 9, 9} : null;
        Path png = write("rgb.png", PngBytes.png(2, 1, bitDepth, colorType, new int[2 * ch], plte));

        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.TUM, null, ImageLimits.defaults()))
                .hasMessageContaining(png.toString()).hasMessageContaining(problem)
                .hasMessageContaining("single-channel 16-bit PNG");
    }

    @Test
    void readRefusesJpegGivenAsPng16() throws Exception {
        Path jpg = write("depth.png", TestImages.encode(TestImages.quadrants(8, 8), "jpg"));

        assertThatThrownBy(() -> DepthReader.read(jpg, DepthFormat.PNG16, null, ImageLimits.defaults()))
                .hasMessageContaining(jpg.toString())
                .hasMessageContaining("is a JPEG image, but --depth-format png16 expects a 16-bit greyscale PNG")
                .hasMessageContaining("pass the --depth-format that matches");
    }

    @Test
    void readRefusesAllZeroDepth() throws Exception {
        Path png = write("zeros.png", PngBytes.grey16(2, 2, 0, 0, 0, 0));

        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.KITTI, null, ImageLimits.defaults()))
                .hasMessageContaining(png.toString())
                .hasMessageContaining("has no valid depth: all 2x2 pixels are 0 (missing)")
                .hasMessageContaining("--depth-format (kitti) and --depth-scale match it");
    }

    @Test
    void readRefusesTruncatedPng() throws Exception {
        byte[] full = PngBytes.grey16(64, 64, new java.util.Random(3).ints(64 * 64, 0, 65536).toArray());
        Path png = write("cut.png", java.util.Arrays.copyOf(full, full.length / 2));

        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.PNG16, null, ImageLimits.defaults()))
                .hasMessageContaining(png.toString()).hasMessageContaining("corrupt or truncated")
                .hasMessageContaining("Re-export");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0
            -1000
            NaN
            Infinity
            """)
    void readRefusesImpossibleDepthScale(double scale) throws Exception {
        Path png = write("d.png", PngBytes.grey16(1, 1, 1000));

        assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.PNG16, scale, ImageLimits.defaults()))
                .hasMessageStartingWith("--depth-scale: must be a positive number")
                .hasMessageContaining(String.valueOf(scale))
                .hasMessageContaining("--depth-scale 1000");
    }

    @Test
    void readRefusesDepthScaleForNyuRaw() throws Exception {
        Path pgm = write("nyu.pgm", ArrayFiles.pgm16(1, 1, ByteOrder.LITTLE_ENDIAN, null, 700));

        assertThatThrownBy(() -> DepthReader.read(pgm, DepthFormat.NYU_RAW, 1000.0, ImageLimits.defaults()))
                .hasMessageContaining("--depth-scale: does not apply to --depth-format nyu-raw")
                .hasMessageContaining("Leave out --depth-scale");
    }

    @Test
    void readRefusesMissingDepthFile() {
        Path missing = dir.resolve("nope.png");

        assertThatThrownBy(() -> DepthReader.read(missing, DepthFormat.PNG16, null, ImageLimits.defaults()))
                .hasMessage(missing + ": file not found (depth file). Check the path");
    }
}
