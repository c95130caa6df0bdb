package dev.gryag.app.wiring.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberPreferences;
import dev.gryag.core.personalization.PreferenceStore;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link PreferenceStore} that serves members' preferences from memory: the bot asks whether the
 * author opted out for every message it folds, while preferences change only by a member's command.
 *
 * <p>A save or delete goes to the underlying store and then drops the cached entry, so the next
 * read loads what was committed (see {@link CachedChatSettingsStore} for why a racing read cannot
 * keep the old value). Members without preferences are cached too, as empty.
 */
public final class CachedPreferenceStore implements PreferenceStore {

  private record Key(ChatId chat, UserId member) {}

  private final PreferenceStore store;
  private final LoadingCache<Key, Optional<MemberPreferences>> cache;

  public CachedPreferenceStore(PreferenceStore store, CachePolicy policy) {
    this(store, policy, Ticker.systemTicker());
  }

  CachedPreferenceStore(PreferenceStore store, CachePolicy policy, Ticker ticker) {
    this.store = Objects.requireNonNull(store, "store");
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(policy.maximumEntries())
            .expireAfterWrite(policy.expireAfterWrite())
            .ticker(ticker)
            .build(key -> store.find(key.chat(), key.member()));
  }

  @Override
  public Optional<MemberPreferences> find(ChatId chat, UserId member) {
    return cache.get(key(chat, member));
  }

  @Override
  public void save(MemberPreferences preferences) {
    Key key = key(preferences.chat(), preferences.member());
    try {
      store.save(preferences);
    } finally {
      cache.invalidate(key);
    }
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    Key key = key(chat, member);
    try {
      return store.delete(chat, member);
    } finally {
      cache.invalidate(key);
    }
  }

  /**
   * Moves through the underlying store, then drops every cached member of both chats. A read of one
   * of them already loading when the move commits may keep what it loaded until the entry expires;
   * moves are rare (a group becoming a supergroup) and run before the supergroup's own messages.
   */
  @Override
  public int move(ChatMigration migration) {
    try {
      return store.move(migration);
    } finally {
      cache
          .asMap()
          .keySet()
          .removeIf(k -> k.chat().equals(migration.from()) || k.chat().equals(migration.to()));
    }
  }

  private static Key key(ChatId chat, UserId member) {
    return new Key(Objects.requireNonNull(chat, "chat"), Objects.requireNonNull(member, "member"));
  }
}
