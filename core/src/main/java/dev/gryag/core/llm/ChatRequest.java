package dev.gryag.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * A prompt for a {@link LanguageModel}.
 *
 * @param systemInstruction the persona and rules; never null, may be empty
 * @param turns the conversation so far, oldest first; at least one turn, the last one is what the
 *     model answers
 * @param settings sampling and length settings
 */
public record ChatRequest(String systemInstruction, List<Turn> turns, GenerationSettings settings) {

  public ChatRequest {
    systemInstruction = systemInstruction == null ? "" : systemInstruction;
    Objects.requireNonNull(turns, "turns");
    turns = List.copyOf(turns);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("a chat request needs at least one turn");
    }
    settings = settings == null ? GenerationSettings.DEFAULTS : settings;
  }

  public static ChatRequest of(String systemInstruction, List<Turn> turns) {
    return new ChatRequest(systemInstruction, turns, GenerationSettings.DEFAULTS);
  }

  /** Rough size of the prompt in characters, for logs and metrics. */
  public int characters() {
    return systemInstruction.length() + turns.stream().mapToInt(t -> t.text().length()).sum();
  }
}
