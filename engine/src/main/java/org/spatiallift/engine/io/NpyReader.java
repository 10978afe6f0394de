package org.spatiallift.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spatiallift.engine.image.DepthImage;

/**
 * NumPy .npy depth (format versions 1–3): a 2-D (height, width) array of float32 or float64 (metres / scale, scale 1)
 * or uint16 (v / scale, scale 1000), either byte order, in C (row-major) or Fortran (column-major) order; Fortran
 * element k is pixel (u, v) = (k / height, k mod height). Arithmetic: float32 and uint16 as float32 (v / (float) s),
 * float64 in double then rounded.
 */
final class NpyReader {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    private static final String SUPPORTED = "float32, float64 (metres) or uint16 (units of 1/scale metre)";

    private NpyReader() {
    }

    static DepthImage read(Path file, FileKind kind, Double scaleOrNull, ImageLimits limits) throws InputException {
        if (kind != FileKind.NPY) {
            throw new InputException(file, "is " + kind.description() + ", but --depth-format npy expects a NumPy .npy file",
                    "Pass the --depth-format that matches the file (" + DepthFormat.cliNames() + ")");
        }
        Header header = header(file);
        String dict = header.dict();
        long dataOffset = header.dataOffset();
        String descr = group(file, DESCR, dict, "descr");
        boolean fortran = "True".equals(group(file, FORTRAN, dict, "fortran_order"));
        long[] shape = shape(file, group(file, SHAPE, dict, "shape"));
        if (shape.length != 2) {
            throw new InputException(file, "holds an array of shape " + Arrays.toString(shape)
                    + ", but depth must be a 2-D (height, width) array", "Save a 2-D array, e.g. np.save(f, depth.squeeze())");
        }
        if (descr.length() != 3) {
            throw unsupported(file, descr);
        }
        BinarySamples.Type type = switch (descr.substring(1)) {
            case "f4" -> BinarySamples.Type.FLOAT32;
            case "f8" -> BinarySamples.Type.FLOAT64;
            case "u2" -> BinarySamples.Type.UINT16;
            default -> throw unsupported(file, descr);
        };
        ByteOrder order = switch (descr.charAt(0)) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            default -> throw unsupported(file, descr);
        };
        long height = shape[0];
        long width = shape[1];
        limits.check(file, width, height);
        int w = (int) width;
        int h = (int) height;
        double scale = scaleOrNull != null ? scaleOrNull : type == BinarySamples.Type.UINT16 ? 1000.0 : 1.0;
        float s = (float) scale;
        float[] metres = new float[w * h];
        BinarySamples.read(file, dataOffset, w, h, type, order, (k, value) -> {
            int index = fortran ? (k % h) * w + k / h : k;
            metres[index] = type == BinarySamples.Type.FLOAT64 ? (float) (value / scale) : (float) value / s;
        });
        return new DepthImage(w, h, metres);
    }

    /** The header dictionary text and where the data starts. */
    private record Header(String dict, long dataOffset) {
    }

    private static Header header(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] pre = in.readNBytes(12);
            if (pre.length < 10) {
                throw damaged(file, "the file ends inside the .npy preamble");
            }
            int major = pre[6] & 0xFF;
            long length;
            int preamble;
            if (major == 1) {
                length = (pre[8] & 0xFF) | (pre[9] & 0xFF) << 8;
                preamble = 10;
            } else if (major == 2 || major == 3) {
                if (pre.length < 12) {
                    throw damaged(file, "the file ends inside the .npy preamble");
                }
                length = (pre[8] & 0xFFL) | (pre[9] & 0xFFL) << 8 | (pre[10] & 0xFFL) << 16 | (pre[11] & 0xFFL) << 24;
                preamble = 12;
            } else {
                throw new InputException(file, "is a .npy file of format version " + major + ", which is not supported",
                        "Save it with numpy.save (format versions 1 to 3)");
            }
            if (length > 1 << 20) {
                throw damaged(file, "its header claims " + length + " bytes");
            }
            byte[] rest = pre.length > preamble ? Arrays.copyOfRange(pre, preamble, pre.length) : new byte[0];
            // A version-1 header can be shorter than the two bytes already read ahead of it.
            byte[] more = in.readNBytes((int) Math.max(0, length - rest.length));
            byte[] text = new byte[rest.length + more.length];
            System.arraycopy(rest, 0, text, 0, rest.length);
            System.arraycopy(more, 0, text, rest.length, more.length);
            if (text.length < length) {
                throw damaged(file, "the file ends inside the .npy header");
            }
            String dict = new String(text, 0, (int) length, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            return new Header(dict, preamble + length);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), "Check the file and its permissions", e);
        }
    }

    private static String group(Path file, Pattern p, String dict, String key) throws InputException {
        Matcher m = p.matcher(dict);
        if (!m.find()) {
            throw damaged(file, "its header has no valid '" + key + "' entry");
        }
        return m.group(1);
    }

    private static long[] shape(Path file, String text) throws InputException {
        String[] parts = text.split(",");
        long[] dims = new long[parts.length];
        int n = 0;
        for (String part : parts) {
            String t = part.trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                dims[n++] = Long.parseLong(t.endsWith("L") ? t.substring(0, t.length() - 1) : t);
            } catch (NumberFormatException e) {
                throw damaged(file, "its shape (" + text + ") is not a tuple of integers");
            }
        }
        return Arrays.copyOf(dims, n);
    }

    private static InputException unsupported(Path file, String descr) {
        return new InputException(file, "holds dtype '" + descr + "', which is not supported for depth (use " + SUPPORTED + ")",
                "Convert it, e.g. np.save(f, depth.astype(np.float32))");
    }

    private static InputException damaged(Path file, String detail) {
        return new InputException(file, "is not a valid .npy file: " + detail, "Re-save it with numpy.save");
    }
}
