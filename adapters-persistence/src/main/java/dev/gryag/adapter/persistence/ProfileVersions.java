package dev.gryag.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberProfile;
import java.util.Optional;
import java.util.Set;

/**
 * The profiles this process wrote last, each with the version stamp its row got from that write: a
 * bounded cache (least recently used go first). An entry is a claim checked by the database, never
 * trusted on its own: a write made elsewhere changes the row's stamp, so a stale entry costs one
 * failed {@code UPDATE ... WHERE version = ?} and no data.
 */
final class ProfileVersions {

  /** A profile as its row held it right after this process wrote it, and the row's stamp. */
  record Stored(MemberProfile profile, long version) {}

  private record Key(ChatId chat, UserId member) {}

  private final Cache<Key, Stored> cache;

  /** Holds up to {@code size} profiles; 0 holds none (every update takes the locked path). */
  ProfileVersions(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("cachedProfiles must be 0 or more, not " + size);
    }
    this.cache = size == 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
  }

  Optional<Stored> get(ChatId chat, UserId member) {
    return cache == null
        ? Optional.empty()
        : Optional.ofNullable(cache.getIfPresent(key(chat, member)));
  }

  /**
   * Remembers a write; of two racing writes of one row the later stamp (the later write: stamps of
   * one row only grow) stays.
   */
  void put(MemberProfile profile, long version) {
    if (cache != null) {
      cache
          .asMap()
          .merge(
              key(profile.chat(), profile.member()),
              new Stored(profile, version),
              (old, now) -> now.version() > old.version() ? now : old);
    }
  }

  void forget(ChatId chat, UserId member) {
    if (cache != null) {
      cache.invalidate(key(chat, member));
    }
  }

  void forgetChats(Set<ChatId> chats) {
    if (cache != null) {
      cache.asMap().keySet().removeIf(key -> chats.contains(key.chat()));
    }
  }

  void forgetAll() {
    if (cache != null) {
      cache.invalidateAll();
    }
  }

  private static Key key(ChatId chat, UserId member) {
    return new Key(chat, member);
  }
}
