package org.spatiallift.engine.perception.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads chosen regular files out of a gzip-compressed tar archive (POSIX ustar, as npm writes): 512-byte headers
 * with the name at bytes 0–99, the size in octal at 124–135, the type at 156 and the ustar name prefix at 345–499;
 * file data padded to a multiple of 512 bytes; two zero blocks end the archive. A wanted entry is streamed to its
 * file, never held in memory, and refused before it is read when its header declares more bytes than expected
 * (issue #9: an entry declared at 3 GB gave NegativeArraySizeException). Every problem names the archive and the entry.
 */
final class TarGz {

    private static final int BLOCK = 512;
    private static final String REMEDY = "The archive is damaged or does not hold the files the manifest describes:"
            + " check the manifest's package, names and sizes";

    /** Where a wanted entry goes, and the most bytes it may have. */
    record Wanted(Path to, long maxBytes) {
    }

    private TarGz() {
    }

    /**
     * Streams each entry whose full name is a key of {@code wanted} into its file; others are skipped. Returns the
     * names found.
     *
     * @param label names the archive in messages ("npm package NAME@VERSION")
     */
    static Set<String> extract(Path archive, String label, Map<String, Wanted> wanted) throws IOException, ModelException {
        Set<String> found = new HashSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = octal(header, 124, 12, archive, label, name);
                char type = (char) header[156];
                boolean regular = type == '0' || type == 0;
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                Wanted w = regular ? wanted.get(name) : null;
                if (w != null) {
                    if (size > w.maxBytes()) {
                        throw bad(archive, label, name, "is declared at " + size + " bytes, " + (w.maxBytes() == MAX_UNKNOWN
                                ? "more than the " + MAX_UNKNOWN + " bytes accepted for a file of unknown size"
                                : "the manifest gives " + w.maxBytes() + " bytes"));
                    }
                    long copied = copy(in, w.to(), size);
                    if (copied < size) {
                        throw bad(archive, label, name, "is cut short: the archive ends inside it after " + copied + " of "
                                + size + " bytes");
                    }
                    found.add(name);
                    skip(in, padded - size);
                } else {
                    skip(in, padded);
                }
            }
        }
        return found;
    }

    /** The cap for an entry whose size the manifest does not give. */
    static final long MAX_UNKNOWN = 8L << 30;

    private static ModelException bad(Path archive, String label, String entry, String problem) {
        return new ModelException(archive, label + ": entry " + ModelFile.escaped(entry) + " " + problem
                + " (nothing was installed)", REMEDY);
    }

    /** Copies up to {@code size} bytes to {@code to}; returns how many there were. */
    private static long copy(InputStream in, Path to, long size) throws IOException {
        long left = size;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(to)) {
            while (left > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    break;
                }
                out.write(buf, 0, r);
                left -= r;
            }
        }
        return size - left;
    }

    private static boolean readFully(InputStream in, byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = in.read(b, off, b.length - off);
            if (n < 0) {
                if (off == 0) {
                    return false;
                }
                throw new IOException("the archive is truncated");
            }
            off += n;
        }
        return true;
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        byte[] buf = new byte[8192];
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                throw new IOException("the archive is truncated");
            }
            left -= r;
        }
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len, Path archive, String label, String entry)
            throws ModelException {
        String s = text(b, off, len).trim();
        if (!s.matches("[0-7]{0,12}")) {
            throw bad(archive, label, entry, "has a size field \"" + ModelFile.escaped(s) + "\" that is not an octal"
                    + " number (base-256 sizes of 8 GiB and more are not accepted)");
        }
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    /** For tests: one ustar entry (header + data + padding), uncompressed. */
    static byte[] entry(String name, byte[] data) {
        byte[] h = new byte[BLOCK];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(n.length, 100));
        byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, h, 124, size.length);
        h[156] = '0';
        byte[] magic = "ustar".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, h, 257, magic.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h);
        out.writeBytes(data);
        out.writeBytes(new byte[(BLOCK - data.length % BLOCK) % BLOCK]);
        return out.toByteArray();
    }
}
