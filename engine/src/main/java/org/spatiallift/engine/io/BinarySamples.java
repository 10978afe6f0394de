package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Streams fixed-size binary samples (uint16, float32, float64, either byte order) from a file, in chunks. */
final class BinarySamples {

    /** A sample type and its size in bytes. */
    enum Type {
        UINT16(2, "uint16"), FLOAT32(4, "float32"), FLOAT64(8, "float64");

        final int bytes;
        final String label;

        Type(int bytes, String label) {
            this.bytes = bytes;
            this.label = label;
        }
    }

    /** Receives the {@code index}-th sample of the file (in file order) as a double (exact for all three types). */
    @FunctionalInterface
    interface Sink {
        void accept(int index, double value);
    }

    private static final int CHUNK = 1 << 16;

    private BinarySamples() {
    }

    /**
     * Reads {@code count} samples starting {@code offset} bytes into {@code file}; a file too short for them is an
     * error naming how many bytes were expected and found.
     */
    static void read(Path file, long offset, int width, int height, Type type, ByteOrder order, Sink sink)
            throws InputException {
        int count = width * height;
        long need = (long) count * type.bytes;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long have = ch.size() - offset;
            if (have < need) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "is truncated: the header promises %dx%d %s samples (%d bytes) but only %d bytes follow it",
                        width, height, type.label, need, Math.max(0, have)),
                        "Re-export or re-copy the complete file");
            }
            ch.position(offset);
            ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(order);
            int index = 0;
            while (index < count) {
                buf.clear();
                buf.limit((int) Math.min(CHUNK, (long) (count - index) * type.bytes));
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) {
                        throw new InputException(file, "ended while reading sample " + index + " of " + count,
                                "Re-export or re-copy the complete file");
                    }
                }
                buf.flip();
                switch (type) {
                    case UINT16 -> {
                        while (buf.hasRemaining()) {
                            sink.accept(index++, buf.getShort() & 0xFFFF);
                        }
                    }
                    case FLOAT32 -> {
                        while (buf.hasRemaining()) {
                            sink.accept(index++, buf.getFloat());
                        }
                    }
                    case FLOAT64 -> {
                        while (buf.hasRemaining()) {
                            sink.accept(index++, buf.getDouble());
                        }
                    }
                    default -> throw new IllegalStateException(type.name());
                }
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), "Check the file and its permissions", e);
        }
    }
}
