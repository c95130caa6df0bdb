package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A {@link ProfileStore} in a concurrent hash map: thread-safe, nothing survives the JVM. Lookups
 * and updates of one profile are O(1); listing a chat, finding by username and retention scan every
 * profile.
 */
public final class InMemoryProfileStore implements ProfileStore {

  private static final Comparator<MemberProfile> LEAST_RECENT =
      Comparator.comparing(MemberProfile::lastSeen)
          .thenComparingLong(p -> p.chat().value())
          .thenComparingLong(p -> p.member().value());

  private final ConcurrentHashMap<MemberKey, MemberProfile> profiles = new ConcurrentHashMap<>();

  @Override
  public Optional<MemberProfile> find(ChatId chat, UserId member) {
    return Optional.ofNullable(profiles.get(new MemberKey(chat, member)));
  }

  @Override
  public Optional<MemberProfile> update(
      ChatId chat, UserId member, UnaryOperator<Optional<MemberProfile>> change) {
    Objects.requireNonNull(change, "change");
    return Optional.ofNullable(
        profiles.compute(
            new MemberKey(chat, member),
            (key, current) -> {
              Optional<MemberProfile> next = change.apply(Optional.ofNullable(current));
              Objects.requireNonNull(next, "change returned null instead of an Optional");
              next.ifPresent(profile -> {
                if (!profile.chat().equals(chat) || !profile.member().equals(member)) {
                  throw new IllegalArgumentException(
                      "update of member "
                          + member
                          + " in chat "
                          + chat
                          + " returned "
                          + describe(profile));
                }
              });
              return next.orElse(null);
            }));
  }

  private static String describe(MemberProfile profile) {
    return "the profile of member " + profile.member() + " in chat " + profile.chat();
  }

  @Override
  public Optional<MemberProfile> findByUsername(ChatId chat, String username) {
    String wanted = username.strip();
    String bare = (wanted.startsWith("@") ? wanted.substring(1) : wanted).toLowerCase(Locale.ROOT);
    return profiles.values().stream()
        .filter(p -> p.chat().equals(chat))
        .filter(p ->
            p.names().username() != null
                && p.names().username().toLowerCase(Locale.ROOT).equals(bare))
        .max(Comparator.comparing(MemberProfile::lastSeen).thenComparing(p -> p.member().value()));
  }

  @Override
  public List<MemberProfile> profiles(ChatId chat) {
    return profiles.values().stream()
        .filter(p -> p.chat().equals(chat))
        .sorted(Comparator.comparingLong(p -> p.member().value()))
        .toList();
  }

  @Override
  public boolean delete(ChatId chat, UserId member) {
    return profiles.remove(new MemberKey(chat, member)) != null;
  }

  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    int moved = 0;
    for (MemberKey key : List.copyOf(profiles.keySet())) {
      if (!key.chat().equals(migration.from())) {
        continue;
      }
      MemberKey target = new MemberKey(migration.to(), key.member());
      for (MemberProfile old = profiles.get(key); old != null; old = profiles.get(key)) {
        MemberProfile arriving = old.movedBy(migration);
        if (profiles.remove(key, old)) {
          profiles.merge(target, arriving, InMemoryProfileStore::longerHistory);
          moved++;
          break;
        }
      }
    }
    return moved;
  }

  /** The conflict rule of {@link #move}: more messages win, the target's on a tie. */
  private static MemberProfile longerHistory(MemberProfile target, MemberProfile arriving) {
    return arriving.messages() > target.messages() ? arriving : target;
  }

  @Override
  public long countLastSeenBefore(Instant lastSeenBefore) {
    Objects.requireNonNull(lastSeenBefore, "lastSeenBefore");
    return profiles.values().stream().filter(p -> p.lastSeen().isBefore(lastSeenBefore)).count();
  }

  @Override
  public int deleteLastSeenBefore(Instant lastSeenBefore, int limit) {
    Objects.requireNonNull(lastSeenBefore, "lastSeenBefore");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<MemberProfile> oldest =
        Oldest.select(
            profiles.values(), p -> p.lastSeen().isBefore(lastSeenBefore), LEAST_RECENT, limit);
    int deleted = 0;
    for (MemberProfile profile : oldest) {
      MemberKey key = new MemberKey(profile.chat(), profile.member());
      // Re-checked atomically: a member who spoke meanwhile keeps the profile.
      boolean[] removed = {false};
      profiles.computeIfPresent(
          key,
          (k, current) -> {
            removed[0] = current.lastSeen().isBefore(lastSeenBefore);
            return removed[0] ? null : current;
          });
      deleted += removed[0] ? 1 : 0;
    }
    return deleted;
  }
}
