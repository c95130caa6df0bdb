package dev.gryag.adapter.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.core.conversation.DeliveryException;
import dev.gryag.core.model.ChatId;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one part of a reply and deals with what Telegram answers: waits out 429 and server errors,
 * falls back to plain text when the HTML is refused, drops a reply target that is gone, follows a
 * group that became a supergroup, and turns the rest into {@link DeliveryException}s. It only
 * reports what it found (the chat is gone, or moved); what follows is core's business.
 */
final class PartDelivery {

  private static final Logger log = LoggerFactory.getLogger(PartDelivery.class);
  static final int MAX_ATTEMPTS = 6;
  static final int MAX_TRANSIENT_FAILURES = 3;
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  private final TelegramClient client;
  private final Throttle throttle;
  private final Sleeper sleeper;
  private final Backoff backoff;

  PartDelivery(TelegramClient client, Throttle throttle, Sleeper sleeper, Backoff backoff) {
    this.client = client;
    this.throttle = throttle;
    this.sleeper = sleeper;
    this.backoff = backoff;
  }

  /** One message to send; {@code html} says whether {@code text} is Telegram HTML. */
  record Part(ChatId chat, Long thread, String text, boolean html, Long replyTo) {
    Part plain() {
      return new Part(chat, thread, HtmlText.toPlain(text), false, replyTo);
    }

    Part withoutReply() {
      return new Part(chat, thread, text, html, null);
    }

    /**
     * The part for the supergroup the chat became: without a reply target or topic, whose ids are
     * the old group's and would name other messages there, or none.
     */
    Part movedTo(ChatId newChat) {
      return new Part(newChat, null, text, html, null);
    }

    String visibleText() {
      return html ? HtmlText.toPlain(text) : text;
    }
  }

  /** What Telegram accepted: the message id, its visible text, where and when. */
  record Delivered(long messageId, String text, ChatId chat, Instant at) {}

  /**
   * Delivers the part, following its chat to the supergroup it became; a failure after that names
   * the supergroup ({@link DeliveryException#movedTo()}), so that the move is not lost with it.
   */
  Delivered deliver(Throttle.Lane lane, Part first) throws InterruptedException {
    Part part = first;
    int transientFailures = 0;
    try {
      for (int attempt = 1; ; attempt++) {
        Instant at = throttle.awaitTurn(lane);
        ApiResult<BotApiTypes.Message> result;
        try {
          result = client.call("sendMessage", payload(part), BotApiTypes.Message.class);
        } catch (IOException e) {
          transientFailures++;
          retryOrThrow(attempt, transientFailures, "sendMessage", part.chat(), e);
          continue;
        }
        if (result instanceof ApiResult.Ok<BotApiTypes.Message> ok) {
          return new Delivered(ok.value().messageId(), part.visibleText(), part.chat(), at);
        }
        ApiError error = ((ApiResult.Failed<BotApiTypes.Message>) result).error();
        Part next = attempt < MAX_ATTEMPTS ? fallback(part, error) : null;
        if (next != null) {
          part = next;
        } else if (rateLimited(attempt, error)) {
          log.warn(
              "Telegram rate-limited sendMessage to chat {}: waiting {} s",
              part.chat(),
              error.retryAfter().toSeconds());
          throttle.pause(lane, error.retryAfter());
        } else if (error.serverSide() && ++transientFailures < MAX_TRANSIENT_FAILURES) {
          retryOrThrow(attempt, transientFailures, "sendMessage", part.chat(), null);
        } else {
          throw failure("sendMessage", part.chat(), error);
        }
      }
    } catch (DeliveryException e) {
      throw part.chat().equals(first.chat())
          ? e
          : new DeliveryException(e.kind(), e.getMessage(), e.getCause(), part.chat());
    }
  }

  /** Calls a method that needs no fallback (reactions), retrying 429, 5xx and network failures. */
  <T> T call(String method, ChatId chat, ObjectNode payload, Class<T> type)
      throws InterruptedException {
    int transientFailures = 0;
    for (int attempt = 1; ; attempt++) {
      ApiResult<T> result;
      try {
        result = client.call(method, payload, type);
      } catch (IOException e) {
        retryOrThrow(attempt, ++transientFailures, method, chat, e);
        continue;
      }
      if (result instanceof ApiResult.Ok<T> ok) {
        return ok.value();
      }
      ApiError error = ((ApiResult.Failed<T>) result).error();
      if (rateLimited(attempt, error)) {
        sleeper.sleep(error.retryAfter());
      } else if (error.serverSide() && ++transientFailures < MAX_TRANSIENT_FAILURES) {
        retryOrThrow(attempt, transientFailures, method, chat, null);
      } else {
        throw failure(method, chat, error);
      }
    }
  }

  private Part fallback(Part part, ApiError error) {
    if (error.migrateToChatId() != null) {
      ChatId to = ChatId.of(error.migrateToChatId());
      log.info("chat {} became supergroup {}: sending there, not as a reply", part.chat(), to);
      return part.movedTo(to);
    }
    if (part.html() && error.cantParseEntities()) {
      log.warn(
          "Telegram could not parse a reply's HTML for chat {} ({}): sending it as plain text",
          part.chat(),
          error.description());
      return part.plain();
    }
    if (part.replyTo() != null && error.replyNotFound()) {
      log.info(
          "message {} in chat {} is gone: sending without replying to it",
          part.replyTo(),
          part.chat());
      return part.withoutReply();
    }
    return null;
  }

  private static boolean rateLimited(int attempt, ApiError error) {
    return error.retryAfter() != null
        && attempt < MAX_ATTEMPTS
        && error.retryAfter().compareTo(MAX_RETRY_AFTER) <= 0;
  }

  private void retryOrThrow(
      int attempt, int transientFailures, String method, ChatId chat, IOException cause)
      throws InterruptedException {
    String why = cause == null ? "Telegram answered with a server error" : cause.getMessage();
    if (cause instanceof ResponseCap.ResponseTooLargeException) {
      // Telegram may have done it already: another try could post the message twice.
      throw new DeliveryException(
          DeliveryException.Kind.TRANSIENT,
          method + " to chat " + chat + " failed, not retried: " + why,
          cause);
    }
    if (transientFailures >= MAX_TRANSIENT_FAILURES || attempt >= MAX_ATTEMPTS) {
      throw new DeliveryException(
          DeliveryException.Kind.TRANSIENT,
          method + " to chat " + chat + " failed " + transientFailures + " times: " + why,
          cause);
    }
    Duration wait = backoff.after(transientFailures);
    log.warn("{} to chat {} failed ({}); retrying in {} ms", method, chat, why, wait.toMillis());
    sleeper.sleep(wait);
  }

  DeliveryException failure(String method, ChatId chat, ApiError error) {
    String message = method + " to chat " + chat + " failed: " + error;
    if (error.chatUnavailable()) {
      return new DeliveryException(DeliveryException.Kind.CHAT_UNAVAILABLE, message);
    }
    if (error.code() == 401) {
      return new DeliveryException(
          DeliveryException.Kind.UNAUTHORIZED, message + " (the bot token was rejected)");
    }
    if (error.serverSide() || error.code() == 429) {
      return new DeliveryException(DeliveryException.Kind.TRANSIENT, message);
    }
    return new DeliveryException(DeliveryException.Kind.REJECTED, message);
  }

  private static ObjectNode payload(Part part) {
    ObjectNode payload =
        TelegramClient.JSON
            .createObjectNode()
            .put("chat_id", part.chat().value())
            .put("text", part.text());
    if (part.html()) {
      payload.put("parse_mode", "HTML");
    }
    if (part.thread() != null) {
      payload.put("message_thread_id", part.thread());
    }
    if (part.replyTo() != null) {
      payload.putObject("reply_parameters").put("message_id", part.replyTo());
    }
    return payload;
  }
}
