package dev.gryag.core.conversation;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ChatAdministrators} kept in memory: admins are who was appointed. Thread-safe. */
public final class InMemoryChatAdministrators implements ChatAdministrators {

  private final Map<ChatId, Set<UserId>> admins = new ConcurrentHashMap<>();

  /** Makes {@code user} an admin of {@code chat}; appointing twice changes nothing. */
  public InMemoryChatAdministrators appoint(ChatId chat, UserId user) {
    Objects.requireNonNull(user, "user");
    admins.compute(
        Objects.requireNonNull(chat, "chat"),
        (c, users) -> {
          Set<UserId> appointed = users == null ? ConcurrentHashMap.newKeySet() : users;
          appointed.add(user);
          return appointed;
        });
    return this;
  }

  /** Makes {@code user} a plain member of {@code chat} again. */
  public void dismiss(ChatId chat, UserId user) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    admins.computeIfPresent(
        chat,
        (c, users) -> {
          users.remove(user);
          return users.isEmpty() ? null : users;
        });
  }

  @Override
  public boolean isAdmin(ChatId chat, UserId user) {
    Objects.requireNonNull(user, "user");
    Set<UserId> users = admins.get(Objects.requireNonNull(chat, "chat"));
    return users != null && users.contains(user);
  }
}
