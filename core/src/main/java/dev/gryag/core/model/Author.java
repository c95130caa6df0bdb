package dev.gryag.core.model;

import java.util.Objects;

/**
 * The author of a message as known when it was sent.
 *
 * @param id the author's id (a sender chat's id for {@link AuthorKind#CHAT})
 * @param displayName first and last name, or the sender chat's title; never null, may be empty for
 *     deleted accounts; cut to 256 characters (no real name comes near)
 * @param username the Telegram username without {@code @}, or null when the author has none
 * @param kind person, bot, or a chat speaking as itself
 */
public record Author(UserId id, String displayName, String username, AuthorKind kind) {

  public Author {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    displayName = displayName == null ? "" : Names.bounded(displayName);
    if (username != null && (username.isBlank() || username.startsWith("@"))) {
      throw new IllegalArgumentException(
          "username must be non-blank and without '@', was '" + Names.bounded(username) + "'");
    }
    username = username == null ? null : Names.bounded(username);
  }

  public static Author person(long id, String displayName, String username) {
    return new Author(UserId.of(id), displayName, username, AuthorKind.PERSON);
  }

  public static Author bot(long id, String displayName, String username) {
    return new Author(UserId.of(id), displayName, username, AuthorKind.BOT);
  }

  /** The name to show for this author in a prompt or a report: display name, else @username. */
  public String name() {
    if (!displayName.isBlank()) {
      return displayName;
    }
    return username != null ? "@" + username : "#" + id;
  }

  public boolean isBot() {
    return kind == AuthorKind.BOT;
  }
}
