package dev.gryag.core.model;

/**
 * A member's identifier as the Bot API numbers it. For messages sent on behalf of a chat (anonymous
 * admins, linked channels) it holds that chat's (negative) id.
 *
 * @param value the Bot API user id, or a sender chat's id; never zero
 */
public record UserId(long value) {

  public UserId {
    if (value == 0) {
      throw new IllegalArgumentException("user id must not be 0");
    }
  }

  public static UserId of(long value) {
    return new UserId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
