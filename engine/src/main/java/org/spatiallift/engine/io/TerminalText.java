package org.spatiallift.engine.io;

/**
 * Makes user-supplied text (object names, file names, lines of a file) safe to print on a terminal: every control
 * character that a terminal could act on is shown as its code, {@code \\u001B} for ESC. Escaped are C0 controls but
 * line feed and tab, DEL, the C1 controls U+0080–U+009F (U+009B is a one-character CSI) and the bidirectional
 * overrides and isolates U+202A–U+202E and U+2066–U+2069, which can make text display differently from what it is.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {
    }

    /** The text with control characters escaped; the same instance when there is nothing to escape. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@link #escape} escapes {@code c}. */
    public static boolean isControl(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
