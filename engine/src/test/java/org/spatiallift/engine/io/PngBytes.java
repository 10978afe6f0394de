package org.spatiallift.engine.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Hand-built PNG files (every chunk with its CRC), so tests control bit depth, colour type and header claims. */
final class PngBytes {

    static final int GREY = 0;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int GREY_ALPHA = 4;
    static final int RGBA = 6;

    private PngBytes() {
    }

    /** Samples per pixel of a colour type. */
    static int channels(int colorType) {
        return switch (colorType) {
            case GREY, PALETTE -> 1;
            case GREY_ALPHA -> 2;
            case RGB -> 3;
            case RGBA -> 4;
            default -> throw new IllegalArgumentException("colour type " + colorType);
        };
    }

    /**
     * A PNG of {@code samples} (row-major, {@code channels(colorType)} per pixel, each 8 or 16 bits), filter 0 on
     * every row; {@code plte} is the palette (RGB triplets) or null.
     */
    static byte[] png(int width, int height, int bitDepth, int colorType, int[] samples, byte[] plte) {
        int ch = channels(colorType);
        int bytesPerSample = bitDepth / 8;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int i = 0; i < width * ch; i++) {
                int s = samples[y * width * ch + i];
                if (bytesPerSample == 2) {
                    raw.write(s >> 8);
                }
                raw.write(s);
            }
        }
        return pngWithIdat(width, height, bitDepth, colorType, deflate(raw.toByteArray()), plte);
    }

    /** A 16-bit greyscale PNG. */
    static byte[] grey16(int width, int height, int... values) {
        return png(width, height, 16, GREY, values, null);
    }

    /** A PNG whose IHDR claims {@code width} x {@code height} but whose IDAT is {@code idat} as given. */
    static byte[] pngWithIdat(long width, long height, int bitDepth, int colorType, byte[] idat, byte[] plte) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt((int) width).putInt((int) height).put((byte) bitDepth).put((byte) colorType)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        out.writeBytes(chunk("IHDR", ihdr.array()));
        if (plte != null) {
            out.writeBytes(chunk("PLTE", plte));
        }
        out.writeBytes(chunk("IDAT", idat));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** Length, type, data and the CRC-32 of type + data. */
    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue())
                .array();
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
