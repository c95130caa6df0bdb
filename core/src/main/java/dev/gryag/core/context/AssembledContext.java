package dev.gryag.core.context;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.llm.Turn;
import java.util.List;
import java.util.Objects;

/**
 * A prompt built by the {@link ContextAssembler}.
 *
 * @param systemInstruction persona, chat line, participant notes and summaries
 * @param turns the conversation, chronological, the triggering message last; never empty
 * @param tokens the estimated size of the whole prompt; never more than the budget
 * @param messages how many stored messages made it into the turns, the trigger included
 * @param participants how many members are described
 */
public record AssembledContext(
    String systemInstruction, List<Turn> turns, int tokens, int messages, int participants) {

  public AssembledContext {
    Objects.requireNonNull(systemInstruction, "systemInstruction");
    turns = List.copyOf(turns);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("an assembled context needs at least one turn");
    }
  }

  /** The request for the language model. */
  public ChatRequest toRequest(GenerationSettings settings) {
    return new ChatRequest(systemInstruction, turns, settings);
  }
}
