package dev.gryag.core.model;

import java.util.Objects;

/**
 * A chat as the bot sees it.
 *
 * @param id the chat's id
 * @param kind private, group, supergroup or channel
 * @param title the chat's title, or the other person's name for a private chat; never null, may be
 *     empty; cut to 256 characters (no real title comes near)
 * @param forum true when the supergroup has forum topics enabled
 */
public record Chat(ChatId id, ChatKind kind, String title, boolean forum) {

  public Chat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    title = title == null ? "" : Names.bounded(title);
  }

  public static Chat group(long id, String title) {
    return new Chat(ChatId.of(id), ChatKind.SUPERGROUP, title, false);
  }

  public static Chat privateWith(long userId, String name) {
    return new Chat(ChatId.of(userId), ChatKind.PRIVATE, name, false);
  }
}
