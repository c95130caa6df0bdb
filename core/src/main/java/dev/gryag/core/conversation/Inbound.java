package dev.gryag.core.conversation;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.settings.ChatSettings;
import dev.gryag.core.settings.ReplyPolicy;
import java.time.Instant;

/**
 * One stored incoming message on its way to a decision, with everything the decision needs.
 *
 * @param in the delivery
 * @param message the message as stored (normalised)
 * @param analysis its analysis
 * @param settings the chat's settings when it arrived
 * @param policy the reply policy in force for the chat
 * @param authority whether the author is an admin, decided when first asked ({@link #admin()})
 * @param now when the decision is made
 * @param pending the answer the bot owes this message, durably; null when it owes none
 */
record Inbound(
    IncomingMessage in,
    ChatMessage message,
    Analysis analysis,
    ChatSettings settings,
    ReplyPolicy policy,
    AdminCheck authority,
    Instant now,
    PendingAnswer pending) {

  /** True when the author may run admin commands and bypasses rate limits. */
  boolean admin() {
    return authority.granted();
  }

  ChatId chat() {
    return message.chatId();
  }

  boolean privateChat() {
    return in.chat().kind() == ChatKind.PRIVATE;
  }
}
