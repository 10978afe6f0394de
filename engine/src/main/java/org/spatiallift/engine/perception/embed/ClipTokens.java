package org.spatiallift.engine.perception.embed;

import java.util.Arrays;

/**
 * A text as CLIP's text tower takes it: {@code ids} of exactly the context length — &lt;|startoftext|&gt;, the BPE
 * tokens, &lt;|endoftext|&gt; (EOT), then padding — with the attention mask (1 up to and including EOT, 0 on the
 * padding) and the EOT position, where the tower pools its output.
 *
 * @param truncated true when tokens were cut to fit the context length (EOT is kept as the last id)
 */
public record ClipTokens(int[] ids, int[] attentionMask, int eotIndex, boolean truncated) {

    public ClipTokens {
        ids = ids.clone();
        attentionMask = attentionMask.clone();
        if (ids.length != attentionMask.length || eotIndex < 1 || eotIndex >= ids.length) {
            throw new IllegalArgumentException("ids " + ids.length + ", mask " + attentionMask.length + ", EOT at " + eotIndex);
        }
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    @Override
    public int[] attentionMask() {
        return attentionMask.clone();
    }

    /** The ids as int64, the input_ids type of the ONNX export. */
    public long[] idsAsLong() {
        return Arrays.stream(ids).asLongStream().toArray();
    }

    /** The mask as int64, the attention_mask type of the ONNX export. */
    public long[] maskAsLong() {
        return Arrays.stream(attentionMask).asLongStream().toArray();
    }

    /** Number of ids that are not padding (start, tokens and EOT). */
    public int length() {
        return eotIndex + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClipTokens t && Arrays.equals(ids, t.ids) && Arrays.equals(attentionMask, t.attentionMask)
                && eotIndex == t.eotIndex && truncated == t.truncated;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + eotIndex;
    }

    @Override
    public String toString() {
        return "ClipTokens" + Arrays.toString(Arrays.copyOf(ids, length())) + (truncated ? " (truncated)" : "");
    }
}
