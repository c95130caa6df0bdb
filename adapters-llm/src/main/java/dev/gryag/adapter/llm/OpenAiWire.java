package dev.gryag.adapter.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The OpenAI {@code chat/completions} and {@code embeddings} JSON shapes, as records. */
final class OpenAiWire {

  private OpenAiWire() {}

  /** A chat message; {@code name} is optional and only some providers accept it. */
  record Message(String role, String content, String name) {}

  record ChatResponse(List<Choice> choices, Usage usage) {}

  record Choice(ReplyMessage message, @JsonProperty("finish_reason") String finishReason) {}

  record ReplyMessage(String role, String content, String refusal) {}

  record Usage(
      @JsonProperty("prompt_tokens") int promptTokens,
      @JsonProperty("completion_tokens") int completionTokens) {}

  record EmbeddingRequest(
      String model,
      List<String> input,
      @JsonProperty("encoding_format") String encodingFormat,
      Integer dimensions) {}

  record EmbeddingResponse(List<EmbeddingData> data) {}

  record EmbeddingData(int index, float[] embedding) {}
}
