package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.conversation.DeliveryException;
import dev.gryag.core.conversation.MessageSender;
import dev.gryag.core.conversation.OutgoingMessage;
import dev.gryag.core.conversation.SentMessage;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends the bot's replies through the Bot API: Markdown turned into Telegram HTML, split into parts
 * of at most 4096 characters, threaded to the triggering message, and paced to Telegram's limits
 * with a queue per chat. Parts of one reply go out together and in order. A chat that is gone fails
 * as {@link DeliveryException.Kind#CHAT_UNAVAILABLE}; a group that became a supergroup is followed
 * there and named in {@link SentMessage#movedTo()} (or {@link DeliveryException#movedTo()} when
 * sending then failed). It records neither: that is core's {@code ChatAvailability}.
 */
public final class TelegramMessageSender implements MessageSender {

  static final Duration TYPING_REFRESH = Duration.ofSeconds(4);

  private final TelegramClient client;
  private final Throttle throttle;
  private final PartDelivery delivery;
  private final Sleeper sleeper;
  private final Duration typingRefresh;

  public TelegramMessageSender(TelegramClient client) {
    this(client, Sleeper.SYSTEM);
  }

  /**
   * @param sleeper how a send waits for Telegram's limits and retry hints: {@link Sleeper#SYSTEM},
   *     or a wrapper around it that measures the waits
   */
  public TelegramMessageSender(TelegramClient client, Sleeper sleeper) {
    this(
        client,
        Clock.systemUTC(),
        Objects.requireNonNull(sleeper, "sleeper"),
        Backoff.standard(),
        TYPING_REFRESH);
  }

  TelegramMessageSender(
      TelegramClient client,
      Clock clock,
      Sleeper sleeper,
      Backoff backoff,
      Duration typingRefresh) {
    this.client = Objects.requireNonNull(client, "client");
    this.throttle = new Throttle(client.config().sendLimits(), clock, sleeper);
    this.delivery = new PartDelivery(client, throttle, sleeper, backoff);
    this.sleeper = sleeper;
    this.typingRefresh = typingRefresh;
  }

  @Override
  public SentMessage send(OutgoingMessage message) {
    List<String> parts = format(message.text());
    List<Long> ids = new ArrayList<>(parts.size());
    List<String> texts = new ArrayList<>(parts.size());
    Instant firstAt = null;
    Throttle.Lane lane = null;
    ChatId chat = message.chat();
    try {
      lane = throttle.enter(message.chat());
      for (String part : parts) {
        boolean moved = !chat.equals(message.chat());
        Long replyTo = ids.isEmpty() && !moved ? message.replyToMessageId() : null;
        PartDelivery.Delivered delivered =
            delivery.deliver(
                lane,
                new PartDelivery.Part(
                    chat, moved ? null : message.threadId(), part, true, replyTo));
        chat = delivered.chat();
        ids.add(delivered.messageId());
        texts.add(delivered.text());
        firstAt = firstAt == null ? delivered.at() : firstAt;
      }
      return new SentMessage(ids, texts, firstAt, movedTo(message, chat));
    } catch (DeliveryException e) {
      if (ids.isEmpty()) {
        throw e;
      }
      ChatId movedTo = e.movedTo() != null ? e.movedTo() : movedTo(message, chat);
      throw new DeliveryException(
          e.kind(), partial(ids, parts.size()) + e.getMessage(), e, movedTo);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException(
          DeliveryException.Kind.TRANSIENT,
          partial(ids, parts.size()) + "sending to chat " + message.chat() + " was interrupted",
          e,
          movedTo(message, chat));
    } finally {
      if (lane != null) {
        throttle.leave(lane);
      }
    }
  }

  /** {@code chat}, where the message's parts went, when it is not the chat asked for; else null. */
  private static ChatId movedTo(OutgoingMessage message, ChatId chat) {
    return chat.equals(message.chat()) ? null : chat;
  }

  /** The reply as Telegram HTML parts, each within Telegram's limit, blank parts dropped. */
  static List<String> format(String markdown) {
    List<String> parts = new ArrayList<>();
    String html = MarkdownToHtml.convert(markdown);
    for (String part : HtmlSplitter.split(html, HtmlSplitter.TELEGRAM_LIMIT)) {
      String trimmed = part.strip();
      if (!HtmlText.toPlain(trimmed).isBlank()) {
        parts.add(trimmed);
      }
    }
    if (parts.isEmpty()) {
      throw new DeliveryException(
          DeliveryException.Kind.REJECTED, "the reply has no visible text once formatted");
    }
    return parts;
  }

  private static String partial(List<Long> ids, int total) {
    return ids.isEmpty()
        ? ""
        : "delivered " + ids.size() + " of " + total + " parts (message ids " + ids + "), then: ";
  }

  @Override
  public TypingIndicator typing(ChatId chat, Long threadId) {
    return TypingLoop.start(client, chat, threadId, sleeper, typingRefresh);
  }

  @Override
  public void react(MessageRef message, String emoji) {
    Objects.requireNonNull(emoji, "emoji");
    ObjectNode payload =
        TelegramClient.JSON
            .createObjectNode()
            .put("chat_id", message.chat().value())
            .put("message_id", message.messageId());
    ArrayNode reaction = payload.putArray("reaction");
    if (!emoji.isEmpty()) {
      reaction.addObject().put("type", "emoji").put("emoji", emoji);
    }
    try {
      delivery.call("setMessageReaction", message.chat(), payload, Boolean.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException(
          DeliveryException.Kind.TRANSIENT,
          "setMessageReaction on " + message + " was interrupted");
    }
  }

  @Override
  public String toString() {
    return "TelegramMessageSender[" + client + "]";
  }
}
