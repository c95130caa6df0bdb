package dev.gryag.core.conversation;

import java.util.Objects;

/** A {@link MessageSender} could not deliver. Its message never contains the bot token. */
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

  public DeliveryException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public DeliveryException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
