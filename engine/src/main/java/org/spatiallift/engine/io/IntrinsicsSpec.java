package org.spatiallift.engine.io;

import java.util.regex.Pattern;

/**
 * Pinhole intrinsics as the user gives them, in pixels of the upright image, before they are checked against an
 * image size (see {@link IntrinsicsResolver#fromGiven}).
 */
public record IntrinsicsSpec(double fx, double fy, double cx, double cy) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String[] NAMES = {"fx", "fy", "cx", "cy"};
    private static final String REMEDY = "Give --intrinsics fx,fy,cx,cy in pixels, e.g. 525,525,319.5,239.5";

    /** Parses "fx,fy,cx,cy" (spaces around the numbers are allowed); errors name the bad token. */
    public static IntrinsicsSpec parse(String text) throws InputException {
        if (text == null || text.isBlank()) {
            throw InputException.forValue("--intrinsics", "is empty", REMEDY);
        }
        String[] tokens = text.split(",", -1);
        if (tokens.length != 4) {
            throw InputException.forValue("--intrinsics", "expected 4 comma-separated numbers fx,fy,cx,cy but got "
                    + tokens.length + " in '" + text + "'", REMEDY);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            String t = tokens[i].trim();
            if (!NUMBER.matcher(t).matches()) {
                throw InputException.forValue("--intrinsics", NAMES[i] + " '" + t + "' (token " + (i + 1)
                        + " of '" + text + "') is not a number", REMEDY);
            }
            v[i] = Double.parseDouble(t);
            if (!Double.isFinite(v[i])) {
                throw InputException.forValue("--intrinsics", NAMES[i] + " '" + t + "' (token " + (i + 1)
                        + " of '" + text + "') is not a finite number", REMEDY);
            }
        }
        return new IntrinsicsSpec(v[0], v[1], v[2], v[3]);
    }

    @Override
    public String toString() {
        return fx + "," + fy + "," + cx + "," + cy;
    }
}
