package org.spatiallift.engine.perception.embed;

import org.spatiallift.engine.perception.model.ModelException;

/**
 * Text → the token ids a text tower takes (for CLIP: BPE ids with the start and end tokens, padded or truncated to the
 * context length). The seam for the CLIP BPE tokenizer ({@code ClipTokenizer::encode} fits it).
 */
@FunctionalInterface
public interface TextTokens {

    int[] encode(String text) throws ModelException;
}
