package org.spatiallift.engine.vlm;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.InputException;

/**
 * An image as the servers take it: JPEG or PNG bytes, sent as a base64 data URL (none of Ollama, vLLM, llama.cpp and
 * LM Studio fetches links reliably; LM Studio refuses WebP). Other formats are re-encoded to PNG.
 *
 * @param mimeType {@code image/jpeg} or {@code image/png}
 * @param bytes    the encoded image
 */
public record ImagePayload(String mimeType, byte[] bytes) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    public ImagePayload {
        if (!JPEG.equals(mimeType) && !PNG.equals(mimeType)) {
            throw new IllegalArgumentException("image payloads are JPEG or PNG, got " + mimeType);
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an image payload needs bytes");
        }
        bytes = bytes.clone();
    }

    /**
     * {@code data} as it is when it is JPEG or PNG (by its first bytes), else decoded and re-encoded to PNG.
     *
     * @throws InputException when no installed decoder reads it (WebP, HEIC, a broken file)
     */
    public static ImagePayload of(byte[] data) throws InputException {
        if (isPng(data)) {
            return new ImagePayload(PNG, data);
        }
        if (isJpeg(data)) {
            return new ImagePayload(JPEG, data);
        }
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            img = null;
        }
        if (img == null) {
            throw InputException.forValue("image for the VLM", "not a JPEG or PNG, and no installed decoder reads it"
                    + (isWebp(data) ? " (it is WebP)" : ""), "Convert it to PNG or JPEG");
        }
        return png(img);
    }

    /** {@code image} as JPEG (quality 0.9), its longer side scaled down to {@code maxSide} pixels if longer. */
    public static ImagePayload jpeg(ColorImage image, int maxSide) {
        BufferedImage img = scaled(toBuffered(image), maxSide);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter w = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.9f);
            w.setOutput(ios);
            w.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding in memory failed", e);
        } finally {
            w.dispose();
        }
        return new ImagePayload(JPEG, out.toByteArray());
    }

    /** {@code image} as PNG. */
    public static ImagePayload png(ColorImage image) {
        return png(toBuffered(image));
    }

    private static ImagePayload png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BufferedImage rgb = img.getType() == BufferedImage.TYPE_INT_RGB ? img : copyRgb(img);
            ImageIO.write(rgb, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
        return new ImagePayload(PNG, out.toByteArray());
    }

    /** {@code data:<mime>;base64,<bytes>}. */
    public String dataUrl() {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "ImagePayload[" + mimeType + ", " + bytes.length + " bytes]";
    }

    private static BufferedImage toBuffered(ColorImage image) {
        BufferedImage img = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, image.width(), image.height(), image.rgb(), 0, image.width());
        return img;
    }

    private static BufferedImage copyRgb(BufferedImage src) {
        BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.drawImage(src, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return img;
    }

    private static BufferedImage scaled(BufferedImage src, int maxSide) {
        int longer = Math.max(src.getWidth(), src.getHeight());
        if (maxSide <= 0 || longer <= maxSide) {
            return src;
        }
        double s = maxSide / (double) longer;
        int w = Math.max(1, (int) Math.round(src.getWidth() * s)), h = Math.max(1, (int) Math.round(src.getHeight() * s));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return img;
    }

    private static boolean isPng(byte[] d) {
        return d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
    }

    private static boolean isJpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF;
    }

    private static boolean isWebp(byte[] d) {
        return d.length > 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F' && d[8] == 'W' && d[9] == 'E'
                && d[10] == 'B' && d[11] == 'P';
    }
}
