package org.spatiallift.engine.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal protocol-buffers encoder (proto2 wire format): a field is a key {@code (number << 3) | wireType} as a
 * varint, followed by a varint (wire type 0), four little-endian bytes (wire type 5) or a length-delimited payload
 * (wire type 2: varint length, then the bytes). Varints carry 7 bits a byte, least significant group first, with the
 * high bit set on every byte but the last; negative int64 values take ten bytes (two's complement).
 */
final class ProtoWriter {

    private static final int VARINT = 0;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An int64/int32/enum/bool field as a varint. */
    ProtoWriter varint(int field, long value) {
        key(field, VARINT);
        rawVarint(value);
        return this;
    }

    /** A float field: four IEEE-754 little-endian bytes. */
    ProtoWriter float32(int field, float value) {
        key(field, FIXED32);
        int bits = Float.floatToRawIntBits(value);
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
        return this;
    }

    /** A string field (UTF-8); nothing is written for null. */
    ProtoWriter string(int field, String value) {
        if (value != null) {
            bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** A bytes field. */
    ProtoWriter bytes(int field, byte[] value) {
        key(field, LENGTH_DELIMITED);
        rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    /** An embedded message field. */
    ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toByteArray());
    }

    /** A repeated int64 field in packed form (one length-delimited run of varints). */
    ProtoWriter packedVarints(int field, long[] values) {
        ProtoWriter packed = new ProtoWriter();
        for (long v : values) {
            packed.rawVarint(v);
        }
        return bytes(field, packed.toByteArray());
    }

    /** A repeated float field in packed form (four little-endian bytes each). */
    ProtoWriter packedFloats(int field, float[] values) {
        byte[] b = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            int bits = Float.floatToRawIntBits(values[i]);
            for (int k = 0; k < 4; k++) {
                b[4 * i + k] = (byte) (bits >>> (8 * k));
            }
        }
        return bytes(field, b);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void key(int field, int wireType) {
        rawVarint(((long) field << 3) | wireType);
    }

    private void rawVarint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
