package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a names file (UTF-8). Blank lines and lines whose first non-blank character is '#' are ignored. Two forms,
 * chosen by the first remaining line:
 * <ul>
 * <li>"id name" or "id&lt;TAB&gt;name" on every line, when the first line starts with a number;</li>
 * <li>otherwise one name per line: the n-th name (counting only non-blank, non-comment lines) names id n.</li>
 * </ul>
 * Ids are 1..65535 (0 is the background), each named once.
 */
final class LabelNames {

    /** The largest id a 16-bit label map holds. */
    static final int MAX_ID = 65535;

    private static final Pattern STARTS_WITH_ID = Pattern.compile("^\\d+(\\s.*)?$");
    private static final Pattern ID_LINE = Pattern.compile("^(\\d+)[ \\t]+(\\S.*)$");
    private static final String REMEDY = "Write 'id name' on every line (e.g. '3 chair'), or only names, one per line";

    private LabelNames() {
    }

    static Map<Integer, String> parse(Path file) throws InputException {
        List<String> lines = TextFiles.lines(file, "names file");
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, Integer> lineOfId = new HashMap<>();
        Boolean withIds = null;
        int firstLine = 0;
        int plainId = 0;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (withIds == null) {
                withIds = STARTS_WITH_ID.matcher(line).matches();
                firstLine = lineNo;
            }
            if (!withIds) {
                names.put(++plainId, checkedName(file, lineNo, line));
                continue;
            }
            Matcher m = ID_LINE.matcher(line);
            if (!m.matches()) {
                String problem = line.matches("\\d+")
                        ? "line " + lineNo + ": id " + line + " has no name"
                        : "line " + lineNo + ": '" + line + "' does not start with an id, unlike line " + firstLine;
                throw new InputException(file, problem, REMEDY);
            }
            int id = id(file, lineNo, m.group(1));
            Integer earlier = lineOfId.putIfAbsent(id, lineNo);
            if (earlier != null) {
                throw new InputException(file, "line " + lineNo + ": id " + id + " is already named '" + names.get(id)
                        + "' on line " + earlier, "Give each id one name");
            }
            names.put(id, checkedName(file, lineNo, m.group(2).strip()));
        }
        if (plainId > MAX_ID) {
            throw new InputException(file, "names " + plainId + " ids, more than a 16-bit label map holds (" + MAX_ID + ")",
                    "Name at most " + MAX_ID + " objects");
        }
        return names;
    }

    private static String checkedName(Path file, int lineNo, String name) throws InputException {
        if (name.length() > PlausibleRanges.MAX_NAME_CHARS) {
            throw new InputException(file, "line " + lineNo + ": the name is " + name.length() + " characters long;"
                    + " object names may have at most " + PlausibleRanges.MAX_NAME_CHARS,
                    "Shorten the name; a names file holds one short name per object");
        }
        return name;
    }

    private static int id(Path file, int lineNo, String digits) throws InputException {
        int id;
        try {
            id = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            id = Integer.MAX_VALUE;
        }
        if (id == 0) {
            throw new InputException(file, "line " + lineNo + ": id 0 is the background and cannot be named",
                    "Number objects from 1");
        }
        if (id > MAX_ID) {
            throw new InputException(file, "line " + lineNo + ": id " + digits + " is larger than a 16-bit label map holds ("
                    + MAX_ID + ")", "Use ids from 1 to " + MAX_ID);
        }
        return id;
    }
}
