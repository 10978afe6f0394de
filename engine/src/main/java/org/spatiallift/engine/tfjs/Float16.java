package org.spatiallift.engine.tfjs;

/** IEEE-754 half precision to float: sign 1 bit, exponent 5 bits (bias 15), mantissa 10 bits. */
final class Float16 {

    private Float16() {
    }

    /**
     * The float of the half {@code bits}: normal numbers (−1)^s·2^(e−15)·(1 + m/1024), subnormals (−1)^s·2^−14·m/1024,
     * e = 31 gives ±infinity (m = 0) or NaN.
     */
    static float toFloat(int bits) {
        int sign = (bits >>> 15) & 1;
        int exp = (bits >>> 10) & 0x1F;
        int mant = bits & 0x3FF;
        float v;
        if (exp == 0) {
            v = mant * 0x1p-24f;
        } else if (exp == 31) {
            v = mant == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else {
            v = Float.intBitsToFloat(((exp - 15 + 127) << 23) | (mant << 13));
        }
        return sign == 1 ? -v : v;
    }
}
