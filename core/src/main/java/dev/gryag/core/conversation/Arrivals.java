package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import java.time.Duration;

/** Rules about incoming messages that need nothing but the message and the configuration. */
final class Arrivals {

  private Arrivals() {}

  /**
   * The message as stored: a forum message's implicit reply to its topic's first message is no
   * reply, and the bot's own messages carry the bot's role.
   */
  static ChatMessage normalise(ChatMessage message, BotIdentity bot) {
    ChatMessage normal = message;
    if (normal.threadId() != null && normal.threadId().equals(normal.replyToMessageId())) {
      normal = normal.withReplyTo(null);
    }
    if (normal.author().id().equals(bot.id()) && normal.role() != Role.BOT) {
      normal =
          new ChatMessage(
              normal.ref(),
              normal.threadId(),
              normal.author(),
              Role.BOT,
              normal.sentAt(),
              normal.editedAt(),
              normal.text(),
              normal.media(),
              normal.replyToMessageId(),
              normal.entities(),
              normal.forwarded());
    }
    return normal;
  }

  /** True when the message arrived later than the policy's {@code staleAfter} allows. */
  static boolean stale(Inbound inbound) {
    Duration age = inbound.policy().staleAfter();
    return !age.isZero() && inbound.message().sentAt().plus(age).isBefore(inbound.now());
  }
}
