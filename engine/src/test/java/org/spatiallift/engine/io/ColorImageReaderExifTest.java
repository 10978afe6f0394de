package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorImageReaderExifTest {

    private static final int JPEG_TOLERANCE = 40;

    @TempDir
    Path dir;

    /** The 32x16 quadrant JPEG (TL red, TR green, BL blue, BR white) with {@code app1} injected after SOI. */
    private Path jpegWith(byte[] app1) throws Exception {
        byte[] jpeg = TestImages.encode(TestImages.quadrants(32, 16), "jpg");
        return Files.write(dir.resolve("exif.jpg"), app1 == null ? jpeg : ExifApp1.inject(jpeg, app1));
    }

    private static int colour(String name) {
        return switch (name) {
            case "R" -> TestImages.RED;
            case "G" -> TestImages.GREEN;
            case "B" -> TestImages.BLUE;
            case "W" -> TestImages.WHITE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource(textBlock = """
            # orientation, upright width, height, top-left, top-right, bottom-left, bottom-right
            1, 32, 16, R, G, B, W
            2, 32, 16, G, R, W, B
            3, 32, 16, W, B, G, R
            4, 32, 16, B, W, R, G
            5, 16, 32, R, B, G, W
            6, 16, 32, B, R, W, G
            7, 16, 32, W, G, B, R
            8, 16, 32, G, W, R, B
            """)
    void readTurnsImageUprightByExifOrientation(int orientation, int width, int height, String topLeft,
                                                String topRight, String bottomLeft, String bottomRight) throws Exception {
        Path jpeg = jpegWith(new ExifApp1().orientation(orientation).segment());

        DecodedColor decoded = ColorImageReader.read(jpeg, ImageLimits.defaults());

        var img = decoded.image();
        assertThat(decoded.exif().orientation()).isEqualTo(orientation);
        assertThat(img.width()).isEqualTo(width);
        assertThat(img.height()).isEqualTo(height);
        int inset = 4;
        assertThat(TestImages.near(img, inset, inset, colour(topLeft), JPEG_TOLERANCE)).as("top-left").isTrue();
        assertThat(TestImages.near(img, width - 1 - inset, inset, colour(topRight), JPEG_TOLERANCE)).as("top-right").isTrue();
        assertThat(TestImages.near(img, inset, height - 1 - inset, colour(bottomLeft), JPEG_TOLERANCE))
                .as("bottom-left").isTrue();
        assertThat(TestImages.near(img, width - 1 - inset, height - 1 - inset, colour(bottomRight), JPEG_TOLERANCE))
                .as("bottom-right").isTrue();
    }

    @Test
    void readRotatesExactPixelsForOrientation6And8() throws Exception {
        // A lossless check of the index arithmetic on a PNG carrying the same orientation tag in an eXIf chunk.
        int[] samples = new int[3 * 2 * 3];
        for (int p = 0; p < 6; p++) {
            samples[3 * p] = p + 1;
        }
        byte[] png = PngBytes.png(3, 2, 8, PngBytes.RGB, samples, null);
        byte[] app1 = new ExifApp1().orientation(6).segment();
        byte[] exif = java.util.Arrays.copyOfRange(app1, 10, app1.length);
        byte[] withExif = insertBeforeIdat(png, PngBytes.chunk("eXIf", exif));
        Path file = Files.write(dir.resolve("o6.png"), withExif);

        var img = ColorImageReader.read(file, ImageLimits.defaults()).image();

        // stored (red values)   upright after 90° clockwise
        // 1 2 3                 4 1
        // 4 5 6                 5 2
        //                       6 3
        assertThat(img.width()).isEqualTo(2);
        assertThat(img.rgb()).containsExactly(4 << 16, 1 << 16, 5 << 16, 2 << 16, 6 << 16, 3 << 16);

        byte[] app8 = new ExifApp1().orientation(8).segment();
        Files.write(file, insertBeforeIdat(png, PngBytes.chunk("eXIf", java.util.Arrays.copyOfRange(app8, 10, app8.length))));
        var ccw = ColorImageReader.read(file, ImageLimits.defaults()).image();
        // upright after 90° counter-clockwise: 3 6 / 2 5 / 1 4
        assertThat(ccw.rgb()).containsExactly(3 << 16, 6 << 16, 2 << 16, 5 << 16, 1 << 16, 4 << 16);
    }

    private static byte[] insertBeforeIdat(byte[] png, byte[] chunk) {
        int ihdrEnd = 8 + 12 + 13;
        byte[] out = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, out, 0, ihdrEnd);
        System.arraycopy(chunk, 0, out, ihdrEnd, chunk.length);
        System.arraycopy(png, ihdrEnd, out, ihdrEnd + chunk.length, png.length - ihdrEnd);
        return out;
    }

    @Test
    void readReportsExifFocalLengths() throws Exception {
        Path jpeg = jpegWith(new ExifApp1().orientation(1).focalLength(425, 100).focalLength35mm(26)
                .focalPlane(4000, 1, 4).exifImageSize(4032, 3024).segment());

        ExifInfo exif = ColorImageReader.read(jpeg, ImageLimits.defaults()).exif();

        assertThat(exif.focalLengthMm()).isEqualTo(4.25);
        assertThat(exif.focalLength35mm()).isEqualTo(26.0);
        assertThat(exif.focalPlanePixelsPerMm()).isEqualTo(4000.0);
        assertThat(exif.pixelWidth()).isEqualTo(4032);
        assertThat(exif.pixelHeight()).isEqualTo(3024);
    }

    @Test
    void readConvertsFocalPlaneResolutionPerInchToPerMm() throws Exception {
        Path jpeg = jpegWith(new ExifApp1().focalLength(50, 1).focalPlane(254000, 100, 2).segment());

        ExifInfo exif = ColorImageReader.read(jpeg, ImageLimits.defaults()).exif();

        assertThat(exif.orientation()).isEqualTo(1);
        assertThat(exif.focalPlanePixelsPerMm()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exif.focalLength35mm()).isNull();
    }

    @Test
    void readWithoutExifIsUprightWithNoFocalLength() throws Exception {
        DecodedColor decoded = ColorImageReader.read(jpegWith(null), ImageLimits.defaults());

        assertThat(decoded.exif()).isEqualTo(ExifInfo.none());
        assertThat(decoded.image().width()).isEqualTo(32);
    }

    @Test
    void readIgnoresDamagedExifAndKeepsPixels() throws Exception {
        byte[] junk = "Exif\0\0MM\0*\0\0\u00ff\u00ff\u00ff\u00ffgarbage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] app1 = java.nio.ByteBuffer.allocate(4 + junk.length).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (2 + junk.length)).put(junk).array();

        DecodedColor decoded = ColorImageReader.read(jpegWith(app1), ImageLimits.defaults());

        assertThat(decoded.exif().orientation()).isEqualTo(1);
        assertThat(decoded.image().height()).isEqualTo(16);
    }
}
