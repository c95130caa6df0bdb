package dev.gryag.app.cli.imports;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A write-behind {@link ProfileStore} for an import: profiles are folded in memory and written to
 * the real store once per batch ({@link #flush}), one write per member touched instead of one per
 * message. Meant for a single writer: the import holds the store while it runs.
 */
final class ImportProfiles implements ProfileStore {

  private final ProfileStore store;
  private final Map<Key, Optional<MemberProfile>> cache = new HashMap<>();
  private final Set<Key> dirty = new LinkedHashSet<>();

  ImportProfiles(ProfileStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<MemberProfile> find(ChatId chat, UserId member) {
    return cache.computeIfAbsent(new Key(chat, member), k -> store.find(chat, member));
  }

  @Override
  public Optional<MemberProfile> update(
      ChatId chat, UserId member, UnaryOperator<Optional<MemberProfile>> change) {
    Optional<MemberProfile> next = Objects.requireNonNull(change.apply(find(chat, member)));
    Key key = new Key(chat, member);
    cache.put(key, next);
    dirty.add(key);
    return next;
  }

  /** Writes every profile changed since the last flush to the real store. */
  void flush() {
    for (Key key : dirty) {
      Optional<MemberProfile> value = cache.get(key);
      store.update(key.chat(), key.member(), current -> value);
    }
    dirty.clear();
  }

  @Override
  public Optional<MemberProfile> findByUsername(ChatId chat, String username) {
    flush();
    return store.findByUsername(chat, username);
  }

  @Override
  public List<MemberProfile> profiles(ChatId chat) {
    flush();
    return store.profiles(chat);
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    flush();
    cache.remove(new Key(chat, member));
    return store.delete(chat, member);
  }

  @Override
  public long countLastSeenBefore(Instant lastSeenBefore) {
    flush();
    return store.countLastSeenBefore(lastSeenBefore);
  }

  @Override
  public int deleteLastSeenBefore(Instant lastSeenBefore, int limit) {
    flush();
    cache.clear();
    return store.deleteLastSeenBefore(lastSeenBefore, limit);
  }

  @Override
  public int move(ChatMigration migration) {
    flush();
    cache.clear();
    return store.move(migration);
  }

  private record Key(ChatId chat, UserId member) {}
}
