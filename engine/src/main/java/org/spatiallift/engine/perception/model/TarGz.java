package org.spatiallift.engine.perception.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads chosen regular files out of a gzip-compressed tar archive (POSIX ustar, as npm writes): 512-byte headers
 * with the name at bytes 0–99, the size in octal at 124–135, the type at 156 and the ustar name prefix at 345–499;
 * file data padded to a multiple of 512 bytes; two zero blocks end the archive.
 */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /** The contents of the entries whose full names are in {@code wanted}; others are skipped. */
    static Map<String, byte[]> extract(Path archive, Set<String> wanted, long maxEntryBytes) throws IOException {
        Map<String, byte[]> found = new HashMap<>();
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
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                boolean regular = type == '0' || type == 0;
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                if (regular && wanted.contains(name)) {
                    if (size > maxEntryBytes) {
                        throw new IOException(name + " is " + size + " bytes, more than the expected " + maxEntryBytes);
                    }
                    byte[] data = new byte[(int) size];
                    if (!readFully(in, data)) {
                        throw new IOException("the archive ends inside " + name);
                    }
                    found.put(name, data);
                    skip(in, padded - size);
                } else {
                    skip(in, padded);
                }
            }
        }
        return found;
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

    private static long octal(byte[] b, int off, int len) throws IOException {
        String s = text(b, off, len).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("bad tar header size field \"" + s + "\"", e);
        }
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
