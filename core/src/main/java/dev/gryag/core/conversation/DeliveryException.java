package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import java.util.Objects;

/**
 * A {@link MessageSender} could not deliver. Its message never contains the bot token. When the
 * sender found on the way that the chat had become a supergroup, {@link #movedTo()} names it, so
 * that the move is not lost with the message.
 */
public class DeliveryException extends RuntimeException {

  /** Why delivery failed. */
  public enum Kind {
    /** Network trouble, timeouts, 5xx, rate limits beyond patience: a later try may succeed. */
    TRANSIENT,
    /** The bot was blocked, kicked, or the chat is gone: stop sending there. */
    CHAT_UNAVAILABLE,
    /** The platform rejected the request as invalid. */
    REJECTED,
    /** The token was rejected. */
    UNAUTHORIZED
  }

  private final Kind kind;
  private final ChatId movedTo;

  /**
   * @param movedTo the supergroup the chat asked for had become, found before the failure (the
   *     failure may be the supergroup's); null when the chat did not move
   */
  public DeliveryException(Kind kind, String message, Throwable cause, ChatId movedTo) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.movedTo = movedTo;
  }

  public DeliveryException(Kind kind, String message, Throwable cause) {
    this(kind, message, cause, null);
  }

  public DeliveryException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The supergroup the chat asked for had become, or null when it had not moved. */
  public ChatId movedTo() {
    return movedTo;
  }
}
