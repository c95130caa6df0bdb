package dev.gryag.core.forgetting;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Tombstones} in a concurrent map: thread-safe, nothing survives the JVM. */
public final class InMemoryTombstones implements Tombstones {

  /** The scope of a tombstone; {@code chat} null for every chat. */
  private record Key(UserId member, ChatId chat) {}

  private final ConcurrentHashMap<Key, Tombstone> tombstones = new ConcurrentHashMap<>();

  @Override
  public void add(Tombstone tombstone) {
    Objects.requireNonNull(tombstone, "tombstone");
    tombstones.merge(
        new Key(tombstone.member(), tombstone.chat()), tombstone, InMemoryTombstones::later);
  }

  @Override
  public Optional<Tombstone> find(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
    Tombstone here = tombstones.get(new Key(member, chat));
    Tombstone everywhere = tombstones.get(new Key(member, null));
    return Optional.ofNullable(here == null ? everywhere : later(here, everywhere));
  }

  @Override
  public Map<UserId, Tombstone> forgottenIn(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    Map<UserId, Tombstone> forgotten = new HashMap<>();
    for (Tombstone tombstone : tombstones.values()) {
      if (tombstone.covers(chat)) {
        forgotten.merge(tombstone.member(), tombstone, InMemoryTombstones::later);
      }
    }
    return forgotten;
  }

  private static Tombstone later(Tombstone a, Tombstone b) {
    return b == null || a.at().isAfter(b.at()) ? a : b;
  }
}
