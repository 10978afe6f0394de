package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.image.ColorImage;

class ColorImageReaderTest {

    private static final int[] GREYS = {0x00, 0x80, 0xFF, 0x40};
    private static final int[] COLOURS = {0xFF0000, 0x00FF00, 0x0000FF, 0x808080};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A 2x2 PNG of GREYS (grey types) or COLOURS (the others); 16-bit samples are v·257, alpha 0x7F. */
    private static byte[] png2x2(int colorType, int bitDepth) {
        int ch = PngBytes.channels(colorType);
        int[] samples = new int[4 * ch];
        byte[] plte = null;
        int k = bitDepth == 16 ? 257 : 1;
        for (int p = 0; p < 4; p++) {
            int c = COLOURS[p];
            switch (colorType) {
                case PngBytes.GREY -> samples[p] = GREYS[p] * k;
                case PngBytes.GREY_ALPHA -> {
                    samples[2 * p] = GREYS[p] * k;
                    samples[2 * p + 1] = 0x7F * k;
                }
                case PngBytes.PALETTE -> samples[p] = 3 - p;
                default -> {
                    samples[ch * p] = (c >> 16 & 0xFF) * k;
                    samples[ch * p + 1] = (c >> 8 & 0xFF) * k;
                    samples[ch * p + 2] = (c & 0xFF) * k;
                    if (ch == 4) {
                        samples[ch * p + 3] = 0x7F * k;
                    }
                }
            }
        }
        if (colorType == PngBytes.PALETTE) {
            plte = new byte[12];
            for (int i = 0; i < 4; i++) {
                int c = COLOURS[3 - i];
                plte[3 * i] = (byte) (c >> 16);
                plte[3 * i + 1] = (byte) (c >> 8);
                plte[3 * i + 2] = (byte) c;
            }
        }
        return PngBytes.png(2, 2, bitDepth, colorType, samples, plte);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(textBlock = """
            0,  8, grey 8-bit
            0, 16, grey 16-bit
            4,  8, grey + alpha 8-bit
            4, 16, grey + alpha 16-bit
            2,  8, RGB 8-bit
            2, 16, RGB 16-bit
            6,  8, RGBA 8-bit
            6, 16, RGBA 16-bit
            3,  8, palette 8-bit
            """)
    void readDecodesEveryPngKindToPackedRgb(int colorType, int bitDepth, String kind) throws Exception {
        Path png = write("image.png", png2x2(colorType, bitDepth));

        ColorImage img = ColorImageReader.read(png, ImageLimits.defaults()).image();

        int[] expected = new int[4];
        for (int p = 0; p < 4; p++) {
            boolean grey = colorType == PngBytes.GREY || colorType == PngBytes.GREY_ALPHA;
            expected[p] = grey ? GREYS[p] * 0x010101 : COLOURS[p];
        }
        assertThat(img.width()).isEqualTo(2);
        assertThat(img.rgb()).as(kind).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            jpg, photo.jpg, 24
            png, photo.png,  0
            bmp, photo.bmp,  0
            ppm, photo.ppm,  0
            png, named-as-jpeg.jpg, 0
            jpg, named-as-png.png, 24
            """)
    void readDecodesByMagicBytesNotExtension(String format, String name, int tolerance) throws Exception {
        BufferedImage src = TestImages.quadrants(32, 16);
        Path file = write(name, TestImages.encode(src, format));

        ColorImage img = ColorImageReader.read(file, ImageLimits.defaults()).image();

        assertThat(img.width()).isEqualTo(32);
        assertThat(img.height()).isEqualTo(16);
        assertThat(TestImages.near(img, 4, 4, TestImages.RED, tolerance)).isTrue();
        assertThat(TestImages.near(img, 28, 4, TestImages.GREEN, tolerance)).isTrue();
        assertThat(TestImages.near(img, 4, 12, TestImages.BLUE, tolerance)).isTrue();
        assertThat(TestImages.near(img, 28, 12, TestImages.WHITE, tolerance)).isTrue();
    }

    @Test
    void readDecodesIndexedBmpAndGreyPgm() throws Exception {
        BufferedImage indexed = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.setRGB(1, 1, 0xFF0000);
        Path bmp = write("indexed.bmp", TestImages.encode(indexed, "bmp"));
        Path pgm = write("grey.pgm", ArrayFiles.concat("P5 3 1 255\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                new byte[] {0, (byte) 0x80, (byte) 0xFF}));

        ColorImage fromBmp = ColorImageReader.read(bmp, ImageLimits.defaults()).image();
        ColorImage fromPgm = ColorImageReader.read(pgm, ImageLimits.defaults()).image();

        assertThat(fromBmp.rgbAt(1, 1)).isEqualTo(0xFF0000);
        assertThat(fromBmp.rgbAt(0, 0)).isEqualTo(0x000000);
        assertThat(fromPgm.rgb()).containsExactly(0x000000, 0x808080, 0xFFFFFF);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            gif,    a GIF image
            tiff,   a TIFF image
            random, not a recognised image format
            webp,   a WebP image
            """)
    void readRefusesUnsupportedFormatsListingSupportedOnes(String kind, String described) throws Exception {
        byte[] bytes = switch (kind) {
            case "gif", "tiff" -> TestImages.encode(TestImages.quadrants(8, 8), kind);
            case "webp" -> "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            default -> {
                byte[] b = new byte[256];
                new Random(7).nextBytes(b);
                b[0] = 0x11;
                yield b;
            }
        };
        Path file = write("image.jpg", bytes);

        assertThatThrownBy(() -> ColorImageReader.read(file, ImageLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is " + described)
                .hasMessageContaining("Supported formats: JPEG, PNG, BMP, PPM/PGM");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            jpg, 0.5
            jpg, 0.9
            png, 0.5
            png, 0.97
            bmp, 0.5
            bmp, 0.99
            ppm, 0.5
            ppm, 0.99
            """)
    void readRefusesTruncatedFiles(String format, double keep) throws Exception {
        BufferedImage src = TestImages.gradient(96, 64);
        byte[] full = TestImages.encode(src, format);
        Path file = write("cut." + format, Arrays.copyOf(full, (int) (full.length * keep)));

        assertThatThrownBy(() -> ColorImageReader.read(file, ImageLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("corrupt or truncated")
                .hasMessageContaining("Re-export");
    }

    @Test
    void readRefusesEmptyFile() throws Exception {
        Path file = write("empty.png", new byte[0]);

        assertThatThrownBy(() -> ColorImageReader.read(file, ImageLimits.defaults()))
                .hasMessageContaining(file.toString()).hasMessageContaining("is empty (0 bytes")
                .hasMessageContaining("Give a complete file");
    }

    @Test
    void readRefusesZeroSizeHeader() throws Exception {
        Path file = write("zero.png", PngBytes.pngWithIdat(0, 16, 8, PngBytes.GREY, PngBytes.deflate(new byte[1]), null));

        assertThatThrownBy(() -> ColorImageReader.read(file, ImageLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Re-export");
    }

    @Test
    void readRefusesPngWithBadCrc() throws Exception {
        byte[] png = png2x2(PngBytes.RGB, 8);
        png[png.length - 20] ^= 0x55;
        Path file = write("badcrc.png", png);

        assertThatThrownBy(() -> ColorImageReader.read(file, ImageLimits.defaults()))
                .hasMessageContaining(file.toString()).hasMessageContaining("corrupt or truncated");
    }
}
