package org.spatiallift.engine.perception.embed;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;

/** Builds the tokenizer of an installed image–text model (from its vocabulary and merges files). */
@FunctionalInterface
public interface TextTokensFactory {

    TextTokens open(LocatedModel model) throws ModelException;
}
