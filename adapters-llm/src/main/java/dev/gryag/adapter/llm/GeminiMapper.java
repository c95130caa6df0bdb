package dev.gryag.adapter.llm;

import dev.gryag.adapter.llm.GeminiWire.Candidate;
import dev.gryag.adapter.llm.GeminiWire.Content;
import dev.gryag.adapter.llm.GeminiWire.GenerateRequest;
import dev.gryag.adapter.llm.GeminiWire.GenerateResponse;
import dev.gryag.adapter.llm.GeminiWire.GenerationConfig;
import dev.gryag.adapter.llm.GeminiWire.Part;
import dev.gryag.adapter.llm.GeminiWire.SafetySetting;
import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.Completion;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.TokenUsage;
import dev.gryag.core.llm.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps a core {@link ChatRequest} to Gemini's request body and its response to a Completion. */
final class GeminiMapper {

  /** Finish reasons that mean the provider withheld the answer on policy grounds. */
  private static final Set<String> BLOCKING_FINISH_REASONS =
      Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

  private GeminiMapper() {}

  static GenerateRequest request(ChatRequest chat, Map<String, String> safetySettings) {
    Content system =
        chat.systemInstruction().isBlank()
            ? null
            : new Content(null, List.of(Part.text(chat.systemInstruction())));
    List<SafetySetting> safety =
        safetySettings.isEmpty()
            ? null
            : safetySettings.entrySet().stream()
                .map(e -> new SafetySetting(e.getKey(), e.getValue()))
                .toList();
    return new GenerateRequest(system, contents(chat.turns()), config(chat.settings()), safety);
  }

  /** One content per run of same-role turns, one part per turn, as the API wants them. */
  static List<Content> contents(List<Turn> turns) {
    List<Content> contents = new ArrayList<>();
    String role = null;
    List<Part> parts = null;
    for (Turn turn : turns) {
      String turnRole = turn.speaker() == Turn.Speaker.MODEL ? "model" : "user";
      if (!turnRole.equals(role)) {
        parts = new ArrayList<>();
        contents.add(new Content(turnRole, parts));
        role = turnRole;
      }
      parts.add(Part.text(turn.text()));
    }
    return contents.stream().map(c -> new Content(c.role(), List.copyOf(c.parts()))).toList();
  }

  private static GenerationConfig config(GenerationSettings s) {
    if (s.temperature() == null && s.maxOutputTokens() == null && s.topP() == null) {
      return null;
    }
    return new GenerationConfig(s.temperature(), s.maxOutputTokens(), s.topP());
  }

  static Completion completion(GenerateResponse response, String provider, int attempts) {
    TokenUsage usage = usage(response);
    List<Candidate> candidates = response.candidates() == null ? List.of() : response.candidates();
    if (candidates.isEmpty() || candidates.getFirst() == null) {
      String blocked =
          response.promptFeedback() == null ? null : response.promptFeedback().blockReason();
      return blocked != null
          ? new Completion.Blocked(blocked, usage, provider, attempts)
          : new Completion.Empty("no_candidates", usage, provider, attempts);
    }
    Candidate candidate = candidates.getFirst();
    String finish = candidate.finishReason();
    if (finish != null && BLOCKING_FINISH_REASONS.contains(finish)) {
      return new Completion.Blocked(finish, usage, provider, attempts);
    }
    String text = answerText(candidate.content());
    String normalised = finish == null ? "stop" : finish.toLowerCase(Locale.ROOT);
    return text.isBlank()
        ? new Completion.Empty(normalised, usage, provider, attempts)
        : new Completion.Answer(text, normalised, usage, provider, attempts);
  }

  private static String answerText(Content content) {
    if (content == null || content.parts() == null) {
      return "";
    }
    return content.parts().stream()
        .filter(Objects::nonNull)
        .filter(p -> !Boolean.TRUE.equals(p.thought()) && p.text() != null)
        .map(Part::text)
        .collect(Collectors.joining())
        .strip();
  }

  private static TokenUsage usage(GenerateResponse response) {
    var meta = response.usageMetadata();
    if (meta == null) {
      return TokenUsage.UNKNOWN;
    }
    return new TokenUsage(
        Math.max(0, meta.promptTokenCount()),
        Math.max(0, meta.candidatesTokenCount()) + Math.max(0, meta.thoughtsTokenCount()));
  }
}
