package org.spatiallift.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ASCII header of a Netpbm-style file (PGM, PFM): whitespace-separated tokens, optionally with '#' comments to
 * the end of the line, and exactly one whitespace byte between the last token and the binary data.
 *
 * @param tokens     the header tokens, magic first
 * @param dataOffset where the binary data starts
 */
record TextHeader(List<String> tokens, long dataOffset) {

    private static final int MAX_HEADER = 4096;

    /** Reads the first {@code count} tokens of {@code file}. */
    static TextHeader read(Path file, int count, boolean comments, String format) throws InputException {
        byte[] head = new byte[MAX_HEADER];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), "Check the file and its permissions", e);
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (tokens.size() < count) {
            while (i < n && (FileKind.isSpace(head[i]) || comments && head[i] == '#')) {
                if (head[i] == '#') {
                    while (i < n && head[i] != '\n' && head[i] != '\r') {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            int start = i;
            while (i < n && !FileKind.isSpace(head[i]) && !(comments && head[i] == '#')) {
                i++;
            }
            if (i >= n) {
                throw new InputException(file, "has an incomplete " + format + " header (" + tokens.size() + " of "
                        + count + " fields before the data)", "Re-export or re-copy the complete file");
            }
            tokens.add(new String(head, start, i - start, StandardCharsets.US_ASCII));
        }
        return new TextHeader(List.copyOf(tokens), i + 1L);
    }

    /** Token {@code i} as a positive int, or an error naming {@code what}. */
    int positiveInt(Path file, int i, String what, String format) throws InputException {
        try {
            int v = Integer.parseInt(tokens.get(i));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file, "has an invalid " + what + " '" + tokens.get(i) + "' in its " + format + " header",
                "Re-export the file; the header is damaged");
    }
}
