package dev.gryag.core.settings;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * A {@link ChatSettingsStore} in memory: thread-safe, lost on restart. Only chats that changed
 * something take memory.
 */
public final class InMemoryChatSettingsStore implements ChatSettingsStore {

  private final ConcurrentMap<ChatId, ChatSettings> settings = new ConcurrentHashMap<>();

  @Override
  public ChatSettings get(ChatId chat) {
    return settings.getOrDefault(Objects.requireNonNull(chat, "chat"), ChatSettings.DEFAULTS);
  }

  @Override
  public ChatSettings update(ChatId chat, UnaryOperator<ChatSettings> change) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(change, "change");
    return settings.compute(
        chat,
        (id, current) ->
            Objects.requireNonNull(
                change.apply(current == null ? ChatSettings.DEFAULTS : current),
                "a settings change returned null"));
  }

  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    ChatSettings old = settings.remove(migration.from());
    if (old == null) {
      return 0;
    }
    settings.merge(migration.to(), old, (target, moved) -> moved.movedOnto(target));
    return 1;
  }
}
