package org.spatiallift.engine.vlm;

/** Something that answers a chat: an OpenAI-compatible server ({@link VlmClient}), or a fake in tests. */
@FunctionalInterface
public interface ChatModel {

    ChatReply complete(ChatRequest request) throws VlmException;
}
