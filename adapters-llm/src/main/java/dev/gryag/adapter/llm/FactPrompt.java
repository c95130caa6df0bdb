package dev.gryag.adapter.llm;

import dev.gryag.core.llm.ChatRequest;
import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactKeys;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The prompt that asks a model for the facts an author states about themselves, as JSON. */
final class FactPrompt {

  private static final Map<String, String> MEANINGS =
      Map.of(
          FactKeys.NAME, "the author's own name",
          FactKeys.PREFERRED_NAME, "what the author asks to be called",
          FactKeys.PRONOUNS, "the author's pronouns, e.g. she/her",
          FactKeys.CITY, "where the author lives now",
          FactKeys.HOMETOWN, "where the author comes from",
          FactKeys.OCCUPATION, "what the author works as",
          FactKeys.EMPLOYER, "where the author works",
          FactKeys.BIRTHDAY,
              "the author's birthday as --MM-DD, or YYYY-MM-DD when the year is said",
          FactKeys.AGE, "the author's age in whole years, digits only, e.g. 27");

  private FactPrompt() {}

  static ChatRequest request(ChatMessage message, FactExtractionOptions options) {
    return new ChatRequest(
        instruction(options),
        List.of(Turn.user("", turnText(message, options))),
        options.settings());
  }

  static String instruction(FactExtractionOptions options) {
    StringBuilder keys = new StringBuilder();
    options
        .keys()
        .forEach((key, category) -> {
          keys.append("- ").append(key).append(" (").append(category).append(')');
          String meaning = MEANINGS.get(key);
          keys.append(meaning == null ? "" : ": " + meaning).append('\n');
        });
    return """
    You extract facts that the author of one group-chat message states about themselves.
    Answer with STRICT JSON only: an array of objects \
    {"category": "...", "key": "...", "value": "...", "confidence": 0.9}. \
    No prose, no Markdown, no code fences. Answer [] when the message states no such fact.
    Use only these keys, each with the category shown:
    %s\
    Rules:
    - Only what the author plainly states about themselves as true now. Nothing about other \
    people, nothing from questions, jokes, hypotheticals, quotes, negations or plans.
    - value: as written in the message and in its language, at most %d characters.
    - confidence: a number from 0 to 1, how sure you are that the author states this.
    - At most %d objects, at most one per key.
    The message comes as <q from="its author">…</q>. %s
    """
        .formatted(keys, Fact.MAX_VALUE_LENGTH, options.maxFacts(), DataFence.NOTE);
  }

  /**
   * The date, then the message fenced as quoted data with its author's name ({@link DataFence}), so
   * any provider sees both and neither can pass for an instruction.
   */
  static String turnText(ChatMessage message, FactExtractionOptions options) {
    Author author = message.author();
    String who =
        author.username() == null || author.displayName().isBlank()
            ? author.name()
            : author.displayName() + " (@" + author.username() + ")";
    return "Sent on: "
        + message.sentAt().atOffset(ZoneOffset.UTC).toLocalDate()
        + "\n"
        + DataFence.quote(
            cut(message.text().strip(), options.maxInputCharacters()),
            DataFence.attribute("from", who));
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
