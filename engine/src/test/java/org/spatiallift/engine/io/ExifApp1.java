package org.spatiallift.engine.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an EXIF APP1 segment byte by byte (big-endian TIFF: IFD0 with Orientation and the Exif sub-IFD pointer;
 * the sub-IFD with focal-length tags) and injects it into a JPEG right after SOI.
 */
final class ExifApp1 {

    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;

    private record Entry(int tag, int type, long value, long denominator) {
    }

    private final List<Entry> ifd0 = new ArrayList<>();
    private final List<Entry> sub = new ArrayList<>();

    ExifApp1 orientation(int o) {
        ifd0.add(new Entry(0x0112, SHORT, o, 0));
        return this;
    }

    /** FocalLength as the rational num/den millimetres. */
    ExifApp1 focalLength(long num, long den) {
        sub.add(new Entry(0x920A, RATIONAL, num, den));
        return this;
    }

    ExifApp1 focalLength35mm(int mm) {
        sub.add(new Entry(0xA405, SHORT, mm, 0));
        return this;
    }

    /** FocalPlaneXResolution num/den pixels per unit, FocalPlaneResolutionUnit unit (2 inch, 3 cm, 4 mm). */
    ExifApp1 focalPlane(long num, long den, int unit) {
        sub.add(new Entry(0xA20E, RATIONAL, num, den));
        sub.add(new Entry(0xA210, SHORT, unit, 0));
        return this;
    }

    ExifApp1 exifImageSize(int width, int height) {
        sub.add(new Entry(0xA002, LONG, width, 0));
        sub.add(new Entry(0xA003, LONG, height, 0));
        return this;
    }

    /** The APP1 segment: FF E1, length, "Exif\0\0", TIFF header, IFD0, sub-IFD, rational values. */
    byte[] segment() {
        List<Entry> first = new ArrayList<>(ifd0);
        if (!sub.isEmpty()) {
            first.add(new Entry(0x8769, LONG, 0, 0));
        }
        first.sort((a, b) -> Integer.compare(a.tag, b.tag));
        sub.sort((a, b) -> Integer.compare(a.tag, b.tag));
        int ifd0At = 8;
        int subAt = ifd0At + 2 + 12 * first.size() + 4;
        int dataAt = sub.isEmpty() ? subAt : subAt + 2 + 12 * sub.size() + 4;
        long rationals = sub.stream().filter(e -> e.type == RATIONAL).count();
        int tiffLength = dataAt + (int) rationals * 8;
        ByteBuffer tiff = ByteBuffer.allocate(tiffLength);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0At);
        int[] data = {dataAt};
        writeIfd(tiff, first, subAt, data);
        if (!sub.isEmpty()) {
            writeIfd(tiff, sub, subAt, data);
        }
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiffLength;
        return ByteBuffer.allocate(2 + length).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif)
                .put(tiff.array()).array();
    }

    private static void writeIfd(ByteBuffer tiff, List<Entry> entries, int subAt, int[] data) {
        tiff.putShort((short) entries.size());
        for (Entry e : entries) {
            tiff.putShort((short) e.tag).putShort((short) e.type).putInt(1);
            switch (e.type) {
                case SHORT -> tiff.putShort((short) e.value).putShort((short) 0);
                case LONG -> tiff.putInt(e.tag == 0x8769 ? subAt : (int) e.value);
                case RATIONAL -> {
                    int at = data[0];
                    tiff.putInt(at);
                    tiff.putInt(at, (int) e.value).putInt(at + 4, (int) e.denominator);
                    data[0] += 8;
                }
                default -> throw new IllegalStateException();
            }
        }
        tiff.putInt(0);
    }

    /** {@code jpeg} with {@code segment} inserted right after the SOI marker (FF D8). */
    static byte[] inject(byte[] jpeg, byte[] segment) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }
}
