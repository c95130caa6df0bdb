package dev.gryag.core.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A service entry of a chat's history: someone joined, left, pinned a message, renamed the chat.
 *
 * @param id the archive's id of the entry; may be 0 or repeat
 * @param sentAt when it happened
 * @param sender who performed the action; {@link Sender#UNKNOWN} when not recorded
 * @param action the archive's name for the action ({@code invite_members}, {@code pin_message},
 *     ...); empty when not recorded, never null
 * @param kind what the action amounts to
 * @param members the names of the members the action concerns (invited, removed); copied, never
 *     null, names of deleted accounts empty
 */
public record ServiceEvent(
    long id, Instant sentAt, Sender sender, String action, Kind kind, List<String> members)
    implements HistoryEntry {

  /** What a service action amounts to, for counting. */
  public enum Kind {
    /** The chat was created. */
    CREATE,
    /** Members joined: invited by someone, by link, or by request. */
    JOIN,
    /** A member left on their own. */
    LEAVE,
    /** A member was removed by someone else. */
    REMOVE,
    /** A message was pinned. */
    PIN,
    /** The title changed. */
    TITLE,
    /** The photo changed or was removed. */
    PHOTO,
    /** A call or a voice chat started, was scheduled, or members were invited to one. */
    CALL,
    /** The group moved to a supergroup. */
    MIGRATE,
    /** Anything else: payments, games, themes, gifts, history cleared, ... */
    OTHER
  }

  public ServiceEvent {
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(kind, "kind");
    action = action == null ? "" : action;
    members = members == null ? List.of() : members.stream().map(ServiceEvent::orEmpty).toList();
  }

  private static String orEmpty(String name) {
    return name == null ? "" : name;
  }
}
