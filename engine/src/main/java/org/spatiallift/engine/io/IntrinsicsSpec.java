package org.spatiallift.engine.io;

import java.util.regex.Pattern;

/**
 * Pinhole intrinsics as the user gives them, in pixels of the upright image, before they are checked against an
 * image size (see {@link IntrinsicsResolver#fromGiven}).
 *
 * @param source where the values came from, named in messages: "--intrinsics", an intrinsics file, "list.txt:3"
 */
public record IntrinsicsSpec(double fx, double fy, double cx, double cy, String source) {

    /** The option every message names unless the values came from a file. */
    public static final String OPTION = "--intrinsics";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String[] NAMES = {"fx", "fy", "cx", "cy"};
    private static final String REMEDY = Advice.GIVE_INTRINSICS.commandLine() + " in pixels, e.g. 525,525,319.5,239.5";

    /** Values given with {@value #OPTION}. */
    public IntrinsicsSpec(double fx, double fy, double cx, double cy) {
        this(fx, fy, cx, cy, OPTION);
    }

    public IntrinsicsSpec {
        if (source == null || source.isBlank()) {
            source = OPTION;
        }
    }

    /** Parses "fx,fy,cx,cy" given with {@value #OPTION}; errors name the bad token. */
    public static IntrinsicsSpec parse(String text) throws InputException {
        return parse(text, OPTION);
    }

    /**
     * Parses "fx,fy,cx,cy" (spaces around the numbers are allowed); errors name {@code source} and the bad token.
     *
     * @param source where the text came from: {@value #OPTION}, an intrinsics file, "list.txt:3 intrinsics="
     */
    public static IntrinsicsSpec parse(String text, String source) throws InputException {
        String where = source == null || source.isBlank() ? OPTION : source;
        String remedy = OPTION.equals(where) ? REMEDY
                : "Write fx,fy,cx,cy in pixels, e.g. 525,525,319.5,239.5";
        if (text == null || text.isBlank()) {
            throw InputException.forValue(where, "is empty", remedy);
        }
        String[] tokens = text.split(",", -1);
        if (tokens.length != 4) {
            throw InputException.forValue(where, "expected 4 comma-separated numbers fx,fy,cx,cy but got "
                    + tokens.length + " in '" + text + "'", remedy);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            String t = tokens[i].trim();
            if (!NUMBER.matcher(t).matches()) {
                throw InputException.forValue(where, NAMES[i] + " '" + t + "' (token " + (i + 1)
                        + " of '" + text + "') is not a number", remedy);
            }
            v[i] = Double.parseDouble(t);
            if (!Double.isFinite(v[i])) {
                throw InputException.forValue(where, NAMES[i] + " '" + t + "' (token " + (i + 1)
                        + " of '" + text + "') is not a finite number", remedy);
            }
        }
        return new IntrinsicsSpec(v[0], v[1], v[2], v[3], where);
    }

    @Override
    public String toString() {
        return fx + "," + fy + "," + cx + "," + cy;
    }
}
