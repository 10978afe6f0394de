package org.spatiallift.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the small UTF-8 text files a user names (names, list and intrinsics files) after checking that they are
 * readable and within {@link PlausibleRanges#MAX_TEXT_FILE_BYTES}, so a huge or sparse file is refused before any of
 * it is read. A leading byte-order mark is dropped.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The lines of {@code file} (split at CR LF, CR or LF), each at most {@link PlausibleRanges#MAX_LINE_CHARS}
     * characters.
     *
     * @param role what the file is for ("names file"), used in messages
     */
    public static List<String> lines(Path file, String role) throws InputException {
        String[] lines = read(file, role).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > PlausibleRanges.MAX_LINE_CHARS) {
                throw new InputException(file, "line " + (i + 1) + " is " + lines[i].length() + " characters long, more"
                        + " than the " + PlausibleRanges.MAX_LINE_CHARS + " a " + role + " line may have",
                        "Check that this is the " + role + " you meant; it may be a different kind of file");
            }
        }
        return List.of(lines);
    }

    /** The whole text of {@code file}, refused when over the size limit or not UTF-8. */
    public static String read(Path file, String role) throws InputException {
        FileChecks.requireReadableFile(file, role);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + role + "): " + e.getMessage(), "Check the file's permissions",
                    e);
        }
        if (size > PlausibleRanges.MAX_TEXT_FILE_BYTES) {
            throw new InputException(file, "is " + PlausibleRanges.bytes(size) + ", larger than the "
                    + PlausibleRanges.bytes(PlausibleRanges.MAX_TEXT_FILE_BYTES) + " a " + role + " may be",
                    "Check that this is the " + role + " you meant; split a longer one into several");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "is not UTF-8 text", "Save the " + role + " as UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), "Check the file's permissions", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
