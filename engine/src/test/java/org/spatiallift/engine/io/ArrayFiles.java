package org.spatiallift.engine.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** NumPy .npy, PFM and raw PGM files written by the tests themselves. */
final class ArrayFiles {

    private ArrayFiles() {
    }

    /**
     * A version-1 .npy of a (height, width) array with dtype {@code descr} ('&lt;f4', '&gt;f8', '&lt;u2', ...);
     * {@code rowMajor} holds pixel (u, v) at v·width + u and is written in C or Fortran order.
     */
    static byte[] npy(String descr, boolean fortran, int height, int width, double[] rowMajor) {
        String dict = String.format(Locale.ROOT, "{'descr': '%s', 'fortran_order': %s, 'shape': (%d, %d), }",
                descr, fortran ? "True" : "False", height, width);
        return npyWithHeader(dict, descr, fortran, height, width, rowMajor);
    }

    /** A .npy with the header dictionary {@code dict} as given (padded to a multiple of 64 bytes). */
    static byte[] npyWithHeader(String dict, String descr, boolean fortran, int height, int width, double[] rowMajor) {
        StringBuilder h = new StringBuilder(dict);
        while ((10 + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        byte[] header = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int size = switch (descr.substring(1)) {
            case "f4", "i4" -> 4;
            case "f8" -> 8;
            case "u2" -> 2;
            default -> throw new IllegalArgumentException(descr);
        };
        ByteBuffer data = ByteBuffer.allocate(rowMajor.length * size).order(order);
        for (int k = 0; k < rowMajor.length; k++) {
            int index = fortran ? (k % height) * width + k / height : k;
            double v = rowMajor[index];
            switch (descr.substring(1)) {
                case "f4" -> data.putFloat((float) v);
                case "f8" -> data.putDouble(v);
                case "u2" -> data.putShort((short) (int) v);
                default -> data.putInt((int) v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(header.length & 0xFF);
        out.write(header.length >> 8);
        out.writeBytes(header);
        out.writeBytes(data.array());
        return out.toByteArray();
    }

    /** A greyscale PFM ("Pf") of {@code rowMajor} (top row first in the array, bottom row first in the file). */
    static byte[] pfm(int width, int height, ByteOrder order, float[] rowMajor) {
        String header = "Pf\n" + width + " " + height + "\n" + (order == ByteOrder.LITTLE_ENDIAN ? "-1.0" : "1.0") + "\n";
        ByteBuffer data = ByteBuffer.allocate(rowMajor.length * 4).order(order);
        for (int fileRow = 0; fileRow < height; fileRow++) {
            int v = height - 1 - fileRow;
            for (int u = 0; u < width; u++) {
                data.putFloat(rowMajor[v * width + u]);
            }
        }
        return concat(header.getBytes(StandardCharsets.US_ASCII), data.array());
    }

    /** A binary 16-bit PGM with maxval 65535 and samples in {@code order} (NYU raw is little-endian). */
    static byte[] pgm16(int width, int height, ByteOrder order, String comment, int... samples) {
        String header = "P5\n" + (comment == null ? "" : "# " + comment + "\n") + width + " " + height + "\n65535\n";
        ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(order);
        for (int s : samples) {
            data.putShort((short) s);
        }
        return concat(header.getBytes(StandardCharsets.US_ASCII), data.array());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
