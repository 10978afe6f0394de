package org.spatiallift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the CLI. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new JsonControlEscapes());
    }

    private Json() {
    }
}
