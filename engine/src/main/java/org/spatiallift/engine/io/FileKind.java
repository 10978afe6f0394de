package org.spatiallift.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file is, told from its first bytes ("magic"), never from its name. */
enum FileKind {
    JPEG("a JPEG image", "jpeg"),
    PNG("a PNG image", "png"),
    BMP("a BMP image", "bmp"),
    PNM("a PPM/PGM image", "pnm"),
    PFM("a PFM float image", null),
    NPY("a NumPy .npy array", null),
    GIF("a GIF image", null),
    TIFF("a TIFF image", null),
    WEBP("a WebP image", null),
    HEIF("a HEIF/HEIC/AVIF image", null),
    UNKNOWN("not a recognised image format", null);

    private static final int HEAD = 16;

    private final String description;
    private final String imageIoName;

    FileKind(String description, String imageIoName) {
        this.description = description;
        this.imageIoName = imageIoName;
    }

    /** "a JPEG image", for messages. */
    String description() {
        return description;
    }

    /** The ImageIO format name whose reader decodes it, or null when ImageIO is not used for it. */
    String imageIoName() {
        return imageIoName;
    }

    /** Reads the first bytes of {@code file} and tells what it is. */
    static FileKind sniff(Path file) throws InputException {
        byte[] head = new byte[HEAD];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (n < HEAD) {
                int r = in.read(head, n, HEAD - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), "Check the path and the file's permissions", e);
        }
        return of(head, n);
    }

    /** Tells the kind from the first {@code n} bytes in {@code head}. */
    static FileKind of(byte[] head, int n) {
        if (starts(head, n, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(head, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(head, n, 0x93, 'N', 'U', 'M', 'P', 'Y')) {
            return NPY;
        }
        if (n >= 3 && head[0] == 'P' && isSpace(head[2])) {
            if (head[1] >= '1' && head[1] <= '6') {
                return PNM;
            }
            if (head[1] == 'f' || head[1] == 'F') {
                return PFM;
            }
        }
        if (starts(head, n, 'B', 'M')) {
            return BMP;
        }
        if (starts(head, n, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(head, n, 'I', 'I', '*', 0) || starts(head, n, 'M', 'M', 0, '*')) {
            return TIFF;
        }
        if (starts(head, n, 'R', 'I', 'F', 'F') && n >= 12
                && "WEBP".equals(new String(head, 8, 4, StandardCharsets.US_ASCII))) {
            return WEBP;
        }
        if (n >= 8 && "ftyp".equals(new String(head, 4, 4, StandardCharsets.US_ASCII))) {
            return HEIF;
        }
        return UNKNOWN;
    }

    static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    private static boolean starts(byte[] head, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
