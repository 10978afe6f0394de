package org.spatiallift.engine.qa;

/** 64-bit hashing for seeds, ids and duplicate checks: FNV-1a over text, the SplitMix64 finaliser to mix. */
final class Hashes {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hashes() {
    }

    /** FNV-1a (64 bit) of the UTF-16 units of {@code s}; stable across runs and JVMs. */
    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser of {@code h ^ v}: a cheap, well-spread combination. */
    static long mix(long h, long v) {
        long z = h ^ (v + 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** 16 lower-case hex digits. */
    static String hex(long h) {
        char[] c = new char[16];
        for (int i = 15; i >= 0; i--) {
            c[i] = HEX[(int) (h & 0xF)];
            h >>>= 4;
        }
        return new String(c);
    }
}
