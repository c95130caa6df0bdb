package dev.gryag.core.settings;

import dev.gryag.core.model.ChatId;
import java.util.Objects;
import java.util.Set;

/**
 * Which chats the bot serves at all. A chat it does not serve is neither stored nor answered.
 *
 * @param mode how {@code chats} is read
 * @param chats the allow-list or deny-list; ignored in {@link Mode#ALL}; copied, never null
 */
public record AccessPolicy(Mode mode, Set<ChatId> chats) {

  /** How the list of chats is read. */
  public enum Mode {
    /** Every chat is served; the list is ignored. */
    ALL,
    /** Only the listed chats are served. */
    ALLOW_LIST,
    /** Every chat but the listed ones is served. */
    DENY_LIST
  }

  /** Serve every chat: the default. */
  public static final AccessPolicy ALL = new AccessPolicy(Mode.ALL, Set.of());

  public AccessPolicy {
    Objects.requireNonNull(mode, "mode");
    chats = chats == null ? Set.of() : Set.copyOf(chats);
  }

  public static AccessPolicy allowOnly(Set<ChatId> chats) {
    return new AccessPolicy(Mode.ALLOW_LIST, chats);
  }

  public static AccessPolicy denyOnly(Set<ChatId> chats) {
    return new AccessPolicy(Mode.DENY_LIST, chats);
  }

  /** True when the bot serves {@code chat}. */
  public boolean allows(ChatId chat) {
    return switch (mode) {
      case ALL -> true;
      case ALLOW_LIST -> chats.contains(chat);
      case DENY_LIST -> !chats.contains(chat);
    };
  }
}
