package org.spatiallift.engine.perception.text;

import java.nio.charset.StandardCharsets;

/**
 * The byte ↔ character table of byte-level BPE (GPT-2, Radford et al. 2019; reused by CLIP): every byte 0..255
 * becomes one printable character so that BPE symbols never hold raw control bytes or spaces. Bytes that are
 * printable in Latin-1 — '!'..'~' (33..126), '¡'..'¬' (161..172), '®'..'ÿ' (174..255) — stand for themselves; the
 * other 68 bytes, in increasing byte order, become U+0100, U+0101, … (so the space 0x20 is 'Ġ' U+0120 and the line
 * feed 0x0A is 'Ċ' U+010A). Text is encoded as its UTF-8 bytes mapped through the table; decoding maps the
 * characters back to bytes and reads them as UTF-8.
 */
public final class ByteUnicode {

    private static final char[] TO_CHAR = new char[256];
    private static final int[] TO_BYTE = new int[256 + 68];

    static {
        java.util.Arrays.fill(TO_BYTE, -1);
        int n = 0;
        for (int b = 0; b < 256; b++) {
            char c = printable(b) ? (char) b : (char) (256 + n++);
            TO_CHAR[b] = c;
            TO_BYTE[c] = b;
        }
    }

    private ByteUnicode() {
    }

    private static boolean printable(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    /** The character that stands for byte {@code b} (0..255). */
    public static char charOf(int b) {
        return TO_CHAR[b & 0xFF];
    }

    /** The UTF-8 bytes of {@code text}, each as its table character. */
    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            sb.append(TO_CHAR[b & 0xFF]);
        }
        return sb.toString();
    }

    /**
     * The text whose table characters are {@code symbols}: characters → bytes → UTF-8 (malformed sequences become
     * U+FFFD). A character outside the table has no byte and throws.
     *
     * @throws IllegalArgumentException naming the first character that is not in the table
     */
    public static String decode(String symbols) {
        byte[] out = new byte[symbols.length()];
        for (int i = 0; i < symbols.length(); i++) {
            char c = symbols.charAt(i);
            int b = c < TO_BYTE.length ? TO_BYTE[c] : -1;
            if (b < 0) {
                throw new IllegalArgumentException("character U+" + String.format("%04X", (int) c) + " of \"" + symbols
                        + "\" is not in the byte-level table");
            }
            out[i] = (byte) b;
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
