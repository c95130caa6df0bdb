package dev.gryag.app.wiring.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.settings.ChatSettings;
import dev.gryag.core.settings.ChatSettingsStore;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A {@link ChatSettingsStore} that serves each chat's settings from memory: the bot reads them for
 * every message, and they change only when someone configures the chat.
 *
 * <p>An update goes to the underlying store and then drops the cached entry, so the next read loads
 * what was committed; a read racing the update either waits for it or loads the new value (the
 * cache serialises a load and an invalidation of the same chat). Changes made by another process (a
 * restore from the CLI) show within {@link CachePolicy#expireAfterWrite()}.
 */
public final class CachedChatSettingsStore implements ChatSettingsStore {

  private final ChatSettingsStore store;
  private final LoadingCache<ChatId, ChatSettings> cache;

  public CachedChatSettingsStore(ChatSettingsStore store, CachePolicy policy) {
    this(store, policy, Ticker.systemTicker());
  }

  CachedChatSettingsStore(ChatSettingsStore store, CachePolicy policy, Ticker ticker) {
    this.store = Objects.requireNonNull(store, "store");
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(policy.maximumEntries())
            .expireAfterWrite(policy.expireAfterWrite())
            .ticker(ticker)
            .build(store::get);
  }

  @Override
  public ChatSettings get(ChatId chat) {
    return cache.get(Objects.requireNonNull(chat, "chat"));
  }

  @Override
  public ChatSettings update(ChatId chat, UnaryOperator<ChatSettings> change) {
    try {
      return store.update(chat, change);
    } finally {
      cache.invalidate(chat);
    }
  }

  @Override
  public int move(ChatMigration migration) {
    try {
      return store.move(migration);
    } finally {
      cache.invalidate(migration.from());
      cache.invalidate(migration.to());
    }
  }
}
