package dev.gryag.core.context;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;

/**
 * What the prompt may say about a chat member: a compact profile with facts. The conversation
 * passes its member memory here; {@link #NONE} says nothing.
 *
 * <p>Contract: thread-safe; at most {@code maxChars} characters; empty when nothing is known or the
 * member must not be described.
 */
@FunctionalInterface
public interface ParticipantNotes {

  /** A note about {@code member} in {@code chat}, at most {@code maxChars} long; may be empty. */
  String describe(ChatId chat, UserId member, int maxChars);

  /** Knows nobody. */
  ParticipantNotes NONE = (chat, member, maxChars) -> "";
}
