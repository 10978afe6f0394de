package org.spatiallift.engine.perception.mask;

/**
 * One box's mask before overlaps with other masks are resolved.
 *
 * @param id     instance id (detection rank + 1)
 * @param score  detector score, breaks ties between layers at the same depth
 * @param region where the mask lies in the image
 * @param mask   1 = object, per region pixel, row-major
 * @param layer  its depth layer (the nearer layer wins an overlap)
 * @param method how it was made
 */
record BoxMask(int id, double score, BoxRegion region, byte[] mask, DepthLayer layer, MaskMethod method) {
}
