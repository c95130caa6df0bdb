package dev.gryag.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The Gemini API's JSON shapes (v1beta), as records Jackson reads and writes. */
final class GeminiWire {

  private GeminiWire() {}

  record GenerateRequest(
      Content systemInstruction,
      List<Content> contents,
      GenerationConfig generationConfig,
      List<SafetySetting> safetySettings) {}

  record Content(String role, List<Part> parts) {}

  /** A text part; {@code thought} marks a thinking model's reasoning summary, not the answer. */
  record Part(String text, Boolean thought) {
    static Part text(String text) {
      return new Part(text, null);
    }
  }

  record GenerationConfig(Double temperature, Integer maxOutputTokens, Double topP) {}

  record SafetySetting(String category, String threshold) {}

  record GenerateResponse(
      List<Candidate> candidates, PromptFeedback promptFeedback, UsageMetadata usageMetadata) {}

  record Candidate(Content content, String finishReason) {}

  record PromptFeedback(String blockReason) {}

  record UsageMetadata(int promptTokenCount, int candidatesTokenCount, int thoughtsTokenCount) {}

  record EmbedRequest(String model, Content content, Integer outputDimensionality) {}

  record BatchEmbedRequest(List<EmbedRequest> requests) {}

  record EmbedResponse(Values embedding) {}

  record BatchEmbedResponse(List<Values> embeddings) {}

  record Values(float[] values) {}

  /** {@code {"error":{"code":429,"message":"…","status":"RESOURCE_EXHAUSTED","details":[…]}}}. */
  record ErrorEnvelope(Error error) {}

  record Error(int code, String message, String status, List<JsonNode> details) {}
}
