package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.spatiallift.engine.io.CompanionFiles;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.TextFiles;

/**
 * The images of a {@code generate} run: colour images found in folders (recursively) or given as files, each with its
 * companions by {@link CompanionFiles}' naming rules; or the lines of a list file
 * {@code IMAGE DEPTH [labels=PNG] [names=TXT] [objects=JSON] [format=F] [scale=S] [intrinsics=fx,fy,cx,cy]} (paths
 * relative to the
 * list file, '#' starts a comment). Images come out sorted by key; two images with the same key are refused.
 */
final class InputDiscovery {

    /** Settings that apply to every image unless a list line or companion file says otherwise. */
    record Defaults(DepthFormat format, Double depthScale, IntrinsicsSpec intrinsics) {
    }

    private InputDiscovery() {
    }

    static List<InputItem> discover(List<Path> inputs, Path list, Defaults defaults) throws InputException {
        List<InputItem> items = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                items.addAll(fromFolder(in, defaults));
            } else if (Files.isRegularFile(in)) {
                items.add(item(in.getFileName().toString(), in, defaults));
            } else {
                throw new InputException(in, "no such file or folder", "Give image files or folders with --input");
            }
        }
        if (list != null) {
            items.addAll(fromList(list, defaults));
        }
        Map<String, InputItem> byKey = new HashMap<>();
        for (InputItem i : items) {
            InputItem other = byKey.putIfAbsent(i.key(), i);
            if (other != null) {
                throw new InputException(i.image(), "has the same dataset key \"" + i.key() + "\" as " + other.image(),
                        "Give one folder holding both, or rename one of them");
            }
        }
        items.sort(Comparator.comparing(InputItem::key));
        return items;
    }

    private static List<InputItem> fromFolder(Path root, Defaults defaults) throws InputException {
        List<Path> images;
        try (Stream<Path> walk = Files.walk(root)) {
            images = walk.filter(Files::isRegularFile).filter(CompanionFiles::looksLikeColour).sorted().toList();
        } catch (IOException e) {
            throw new InputException(root, "cannot list the folder (" + e.getMessage() + ")", "Check its permissions");
        }
        List<InputItem> out = new ArrayList<>();
        for (Path image : images) {
            out.add(item(root.relativize(image).toString().replace('\\', '/'), image, defaults));
        }
        return out;
    }

    /** An image with its companions found by the naming rules. */
    static InputItem item(String key, Path image, Defaults d) {
        Path depth = CompanionFiles.find(image, "depth");
        Path labels = CompanionFiles.find(image, "labels");
        Path names = labels == null ? null : CompanionFiles.find(image, "names");
        Path objects = CompanionFiles.find(image, "objects");
        IntrinsicsSpec intrinsics = d.intrinsics();
        String problem = null;
        Path intrinsicsFile = CompanionFiles.find(image, "intrinsics");
        if (intrinsics == null && intrinsicsFile != null) {
            try {
                intrinsics = IntrinsicsSpec.parse(TextFiles.read(intrinsicsFile, "intrinsics file").trim(),
                        intrinsicsFile.toString());
            } catch (InputException e) {
                problem = e.getMessage(); // names the intrinsics file, the problem and the remedy
            }
        }
        return new InputItem(key, image, depth, d.format(), d.depthScale(), intrinsics, labels, names, objects, problem);
    }

    /**
     * Why an image found without a depth file has none, naming where it was looked for; the depth model (if any)
     * decides whether the image can still be used.
     */
    static String noDepthFile(Path image) {
        return "no depth file found; looked for " + CompanionFiles.candidates(image, "depth").stream()
                .filter(p -> p.toString().endsWith(".png")).map(Path::toString).toList()
                + " (or .pgm/.npy/.pfm); name it by these rules or give --list";
    }

    private static List<InputItem> fromList(Path list, Defaults d) throws InputException {
        List<String> lines = TextFiles.lines(list, "list file");
        Path base = list.toAbsolutePath().getParent();
        List<InputItem> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(listItem(list, n + 1, line, base, d));
        }
        return out;
    }

    private static InputItem listItem(Path list, int lineNo, String line, Path base, Defaults d) throws InputException {
        String where = list + ":" + lineNo;
        String[] t = line.split("\\s+");
        if (t.length < 2) {
            throw InputException.forValue(where, "expected IMAGE DEPTH [key=value ...] but got \"" + line + "\"",
                    "Write the colour image and its depth file on each line");
        }
        DepthFormat format = d.format();
        Double scale = d.depthScale();
        IntrinsicsSpec intrinsics = d.intrinsics();
        Path labels = null, names = null, objects = null;
        for (int i = 2; i < t.length; i++) {
            int eq = t[i].indexOf('=');
            String k = eq > 0 ? t[i].substring(0, eq) : t[i], v = eq > 0 ? t[i].substring(eq + 1) : "";
            switch (k) {
                case "labels" -> labels = resolve(where, base, v);
                case "names" -> names = resolve(where, base, v);
                case "objects" -> objects = resolve(where, base, v);
                case "format" -> format = listFormat(where, v);
                case "scale" -> scale = parseScale(where, v);
                case "intrinsics" -> intrinsics = IntrinsicsSpec.parse(v, where + " intrinsics=");
                default -> throw InputException.forValue(where, "unknown field \"" + t[i] + "\"",
                        "Use labels=, names=, objects=, format=, scale= or intrinsics=");
            }
        }
        Path image = resolve(where, base, t[0]);
        Path depth = resolve(where, base, t[1]);
        return new InputItem(t[0].replace('\\', '/'), image, depth, format, scale, intrinsics, labels, names, objects, null);
    }

    /** A path of a list line, relative to the list's folder; one the system cannot name (a NUL in it) is bad input. */
    private static Path resolve(String where, Path base, String path) throws InputException {
        try {
            return base.resolve(path);
        } catch (InvalidPathException e) {
            throw InputException.forValue(where, "\"" + path.replace("\0", "\\0") + "\" is not a valid path ("
                    + e.getReason() + ")", "Write paths relative to the list file, without control characters");
        }
    }

    private static DepthFormat listFormat(String where, String v) throws InputException {
        try {
            return DepthFormat.fromCliName(v);
        } catch (InputException e) {
            throw InputException.forValue(where, "unknown depth format in format=" + v, e.remedy()
                    + ", e.g. format=" + DepthFormat.PNG16.cliName());
        }
    }

    private static Double parseScale(String where, String v) throws InputException {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw InputException.forValue(where, "scale \"" + v + "\" is not a number", "Write scale=1000, for example");
        }
    }
}
