package dev.gryag.adapter.telegram.export;

import dev.gryag.core.analytics.ChatHeader;
import java.util.Locale;
import java.util.Objects;

/**
 * Which chats of an export to read: all of them, or the one whose name or id matches.
 *
 * @param query a chat's id (digits, optionally with a minus sign) or its name (compared ignoring
 *     case); null to read every chat
 */
public record ChatSelection(String query) {

  public ChatSelection {
    if (query != null && query.isBlank()) {
      throw new IllegalArgumentException("a chat to select must have a name or an id, was blank");
    }
  }

  /** Every chat of the export. */
  public static ChatSelection all() {
    return new ChatSelection(null);
  }

  /** The chats whose id equals {@code query} or whose name equals it, ignoring case. */
  public static ChatSelection matching(String query) {
    return new ChatSelection(Objects.requireNonNull(query, "query"));
  }

  public boolean isAll() {
    return query == null;
  }

  /** True when the chat is to be read. */
  public boolean matches(ChatHeader chat) {
    if (query == null) {
      return true;
    }
    if (query.strip().matches("-?\\d+") && Long.parseLong(query.strip()) == chat.id()) {
      return true;
    }
    return chat.name().toLowerCase(Locale.ROOT).equals(query.strip().toLowerCase(Locale.ROOT));
  }
}
