package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.util.Objects;

/**
 * What forgetting a member erased in one chat ({@link MemberForgetting}).
 *
 * @param chat where
 * @param messages the messages they wrote
 * @param records their profile, fact and preference records
 * @param summaries the chat summaries made from their messages or naming them
 */
public record Forgotten(ChatId chat, long messages, long records, long summaries) {

  public Forgotten {
    Objects.requireNonNull(chat, "chat");
    if (messages < 0 || records < 0 || summaries < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, were " + messages + ", " + records + ", " + summaries);
    }
  }
}
