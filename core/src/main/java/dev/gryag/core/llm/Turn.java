package dev.gryag.core.llm;

import java.util.Objects;

/**
 * One turn of a prompt's conversation.
 *
 * @param speaker {@link Speaker#USER} for chat members, {@link Speaker#MODEL} for the bot itself
 * @param authorName the member's display name, for APIs with a field for it (OpenAI's {@code
 *     name}); empty for the model's own turns
 * @param text the turn as the model reads it, sent as is: a member's turn names its author itself,
 *     fenced as quoted data ({@link DataFence}); never null
 */
public record Turn(Speaker speaker, String authorName, String text) {

  /** Who speaks in a turn, in the terms every chat API shares. */
  public enum Speaker {
    USER,
    MODEL
  }

  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    authorName = authorName == null ? "" : authorName;
    Objects.requireNonNull(text, "text");
  }

  public static Turn user(String authorName, String text) {
    return new Turn(Speaker.USER, authorName, text);
  }

  public static Turn model(String text) {
    return new Turn(Speaker.MODEL, "", text);
  }
}
