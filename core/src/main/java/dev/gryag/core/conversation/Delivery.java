package dev.gryag.core.conversation;

import dev.gryag.core.StoreException;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the bot's messages and stores what was delivered as the bot's own messages, clearing the
 * pending answer of the message answered in the same transaction. What sending found out about the
 * chat (it is gone, or it became a supergroup) is reported to {@link ChatChanges}.
 */
final class Delivery {

  private static final System.Logger LOG = System.getLogger(Delivery.class.getName());

  private final MessageSender sender;
  private final MessageStore messages;
  private final PendingAnswers pending;
  private final ChatChanges changes;
  private final BotIdentity bot;
  private final ChatPulses pulses;

  Delivery(
      MessageSender sender,
      MessageStore messages,
      PendingAnswers pending,
      ChatChanges changes,
      BotIdentity bot,
      ChatPulses pulses) {
    this.sender = sender;
    this.messages = messages;
    this.pending = pending;
    this.changes = changes;
    this.bot = bot;
    this.pulses = pulses;
  }

  /**
   * Sends {@code text} in answer to the inbound message (threaded to it in groups, into its forum
   * topic) and stores the delivered parts.
   *
   * @return what was delivered, or empty when delivery failed (the failure is logged)
   */
  Optional<SentMessage> answer(Inbound inbound, String text) {
    Long replyTo = inbound.privateChat() ? null : inbound.message().messageId();
    OutgoingMessage out =
        new OutgoingMessage(inbound.chat(), inbound.message().threadId(), text, replyTo);
    SentMessage sent;
    try {
      sent = sender.send(out);
    } catch (DeliveryException e) {
      LOG.log(Level.WARNING, "could not deliver to chat " + out.chat() + " (" + e.kind() + ")", e);
      ChatId chat = e.movedTo() == null ? out.chat() : e.movedTo();
      if (e.movedTo() != null) {
        migrated(new ChatMigration(out.chat(), e.movedTo()));
      }
      if (e.kind() == DeliveryException.Kind.CHAT_UNAVAILABLE) {
        unavailable(chat, e.getMessage());
      }
      return Optional.empty();
    }
    if (sent.movedTo() != null) {
      migrated(new ChatMigration(out.chat(), sent.movedTo()));
    }
    pulses.of(sent.chatOr(out.chat())).botSpoke(inbound.now());
    remember(inbound, sent.movedTo() == null ? out : movedTo(out, sent.movedTo()), sent);
    return Optional.of(sent);
  }

  /**
   * The reply as stored once its group became a supergroup: in the supergroup, where the old
   * group's messages move, still answering the message it was for (its id mapped as {@link
   * ChatMigration} says), though the sender had to send it there as a plain message.
   */
  private static OutgoingMessage movedTo(OutgoingMessage out, ChatId supergroup) {
    Long replyTo = out.replyToMessageId();
    return new OutgoingMessage(
        supergroup,
        null,
        out.text(),
        replyTo == null ? null : new ChatMigration(out.chat(), supergroup).movedMessageId(replyTo));
  }

  private void remember(Inbound inbound, OutgoingMessage out, SentMessage sent) {
    List<ChatMessage> parts = new ArrayList<>(sent.messageIds().size());
    for (int i = 0; i < sent.messageIds().size(); i++) {
      parts.add(
          new ChatMessage(
              new MessageRef(out.chat(), sent.messageIds().get(i)),
              out.threadId(),
              bot.author(),
              Role.BOT,
              sent.sentAt(),
              null,
              sent.texts().get(i),
              MediaKind.NONE,
              i == 0 ? out.replyToMessageId() : null,
              List.of(),
              false));
    }
    try {
      if (inbound.pending() != null) {
        pending.answered(inbound.message().ref(), parts);
      } else {
        messages.appendAll(parts);
      }
    } catch (StoreException e) {
      LOG.log(
          Level.WARNING,
          "delivered " + sent.messageIds() + " to chat " + out.chat() + " but could not store it",
          e);
    }
  }

  private void unavailable(ChatId chat, String reason) {
    try {
      changes.unavailable(chat, reason);
    } catch (StoreException e) {
      LOG.log(Level.WARNING, "could not mark chat " + chat + " inactive", e);
    }
  }

  /**
   * The platform's updates announcing a migration may have been missed (the bot was offline for
   * longer than they are kept): the history follows the chat from here too.
   */
  private void migrated(ChatMigration migration) {
    try {
      changes.migrated(migration);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "chat "
              + migration.from()
              + " became "
              + migration.to()
              + ", but its history could not be moved yet",
          e);
    }
  }
}
