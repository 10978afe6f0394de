package org.spatiallift.engine.cloud;

/** Hashing of packed 64-bit grid keys for the open-addressing tables of {@link VoxelGrid} and {@link SpatialGrid}. */
final class KeyHash {

    private KeyHash() {
    }

    /** Stafford's variant 13 of MurmurHash3's 64-bit finaliser, folded to 32 bits. */
    static int mix(long key) {
        long h = key;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }
}
