package org.spatiallift.engine.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.InputException;

class ImagePayloadTest {

    private static byte[] encoded(String format, int rgb) throws Exception {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void jpegAndPngAreSentAsTheyAre() throws Exception {
        byte[] png = encoded("png", 0x123456);
        byte[] jpg = encoded("jpeg", 0x123456);

        assertThat(ImagePayload.of(png).mimeType()).isEqualTo(ImagePayload.PNG);
        assertThat(ImagePayload.of(png).bytes()).isEqualTo(png);
        assertThat(ImagePayload.of(jpg).mimeType()).isEqualTo(ImagePayload.JPEG);
        assertThat(ImagePayload.of(jpg).dataUrl()).startsWith("data:image/jpeg;base64,/9j/");
    }

    @Test
    void otherFormatsAreReencodedToPngWithTheSamePixels() throws Exception {
        ImagePayload p = ImagePayload.of(encoded("bmp", 0x00FF00));

        assertThat(p.mimeType()).isEqualTo(ImagePayload.PNG);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(p.bytes()));
        assertThat(back.getWidth()).isEqualTo(8);
        assertThat(back.getRGB(3, 3) & 0xFFFFFF).isEqualTo(0x00FF00);
    }

    @Test
    void webpIsRefusedNamingItAndWhatToDo() {
        byte[] webp = new byte[32];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);

        assertThatThrownBy(() -> ImagePayload.of(webp)).isInstanceOf(InputException.class)
                .hasMessageContaining("it is WebP").hasMessageContaining("Convert it to PNG or JPEG");
    }

    @Test
    void aLiftedImageIsSentAsJpegScaledToTheLongestSide() throws Exception {
        int[] px = new int[400 * 200];
        Arrays.fill(px, 0xC08040);
        ImagePayload p = ImagePayload.jpeg(new ColorImage(400, 200, px), 100);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(p.bytes()));
        assertThat(p.mimeType()).isEqualTo(ImagePayload.JPEG);
        assertThat(back.getWidth()).isEqualTo(100);
        assertThat(back.getHeight()).isEqualTo(50);
        int c = back.getRGB(50, 25);
        assertThat((c >> 16) & 0xFF).isBetween(0xB8, 0xC8);
        assertThat(p.toString()).isEqualTo("ImagePayload[image/jpeg, " + p.bytes().length + " bytes]");
    }
}
