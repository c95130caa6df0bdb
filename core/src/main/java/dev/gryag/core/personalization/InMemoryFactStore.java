package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A {@link FactStore} in memory: each member's facts are an immutable map swapped atomically, and
 * an index counts the facts citing each message. Thread-safe; nothing survives the JVM.
 */
public final class InMemoryFactStore implements FactStore {

  /** The order of {@link #facts}: stored confidence, then recency, then key. */
  static final Comparator<Fact> BY_CONFIDENCE =
      Comparator.comparingDouble(Fact::confidence)
          .reversed()
          .thenComparing(Fact::lastConfirmed, Comparator.reverseOrder())
          .thenComparing(Fact::key);

  private static final Comparator<Fact> LEAST_RECENT =
      Comparator.comparing(Fact::lastConfirmed)
          .thenComparingLong(f -> f.chat().value())
          .thenComparingLong(f -> f.member().value())
          .thenComparing(Fact::key);

  private final ConcurrentHashMap<MemberKey, Map<String, Fact>> facts = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<MessageRef, Integer> evidence = new ConcurrentHashMap<>();

  @Override
  public List<Fact> facts(ChatId chat, UserId member) {
    Map<String, Fact> known = facts.getOrDefault(new MemberKey(chat, member), Map.of());
    return known.values().stream().sorted(BY_CONFIDENCE).toList();
  }

  @Override
  public Optional<Fact> find(ChatId chat, UserId member, String key) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(facts.getOrDefault(new MemberKey(chat, member), Map.of()).get(key));
  }

  @Override
  public Optional<Fact> update(
      ChatId chat, UserId member, String key, UnaryOperator<Optional<Fact>> change) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(change, "change");
    Fact[] stored = {null};
    facts.compute(
        new MemberKey(chat, member),
        (owner, known) -> {
          Map<String, Fact> current = known == null ? Map.of() : known;
          Optional<Fact> next = change.apply(Optional.ofNullable(current.get(key)));
          Objects.requireNonNull(next, "change returned null instead of an Optional");
          next.ifPresent(fact -> requireSlot(fact, chat, member, key));
          stored[0] = next.orElse(null);
          return replaced(current, key, stored[0]);
        });
    return Optional.ofNullable(stored[0]);
  }

  private static void requireSlot(Fact fact, ChatId chat, UserId member, String key) {
    if (!fact.chat().equals(chat) || !fact.member().equals(member) || !fact.key().equals(key)) {
      throw new IllegalArgumentException(
          "update of fact '"
              + key
              + "' of member "
              + member
              + " in chat "
              + chat
              + " returned fact '"
              + fact.key()
              + "' of member "
              + fact.member()
              + " in chat "
              + fact.chat());
    }
  }

  /** The member's map with {@code key} set to {@code fact} (or removed), the index kept in step. */
  private Map<String, Fact> replaced(Map<String, Fact> current, String key, Fact fact) {
    Fact old = current.get(key);
    if (fact != null) {
      cite(fact.source(), 1); // cite before the old source goes: retention never sees a gap
    }
    if (old != null) {
      cite(old.source(), -1);
    }
    Map<String, Fact> next = new HashMap<>(current);
    if (fact == null) {
      next.remove(key);
    } else {
      next.put(key, fact);
    }
    return next.isEmpty() ? null : Map.copyOf(next);
  }

  private void cite(MessageRef source, int delta) {
    if (source != null) {
      evidence.compute(
          source,
          (ref, count) -> {
            int next = (count == null ? 0 : count) + delta;
            return next <= 0 ? null : next;
          });
    }
  }

  @Override
  public boolean delete(ChatId chat, UserId member, String key) {
    boolean[] existed = {false};
    update(
        chat,
        member,
        key,
        current -> {
          existed[0] = current.isPresent();
          return Optional.empty();
        });
    return existed[0];
  }

  @Override
  public int deleteAll(ChatId chat, UserId member) {
    int[] deleted = {0};
    facts.computeIfPresent(
        new MemberKey(chat, member),
        (owner, known) -> {
          known.values().forEach(fact -> cite(fact.source(), -1));
          deleted[0] = known.size();
          return null;
        });
    return deleted[0];
  }

  @Override
  public boolean isEvidence(MessageRef message) {
    return evidence.containsKey(message);
  }

  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    int moved = 0;
    for (MemberKey owner : List.copyOf(facts.keySet())) {
      if (owner.chat().equals(migration.from())) {
        moved += moveMember(owner, migration);
      }
    }
    return moved;
  }

  /** Takes the member's facts out of the old chat at once, then files each under the new one. */
  private int moveMember(MemberKey owner, ChatMigration migration) {
    for (Map<String, Fact> known = facts.get(owner); known != null; known = facts.get(owner)) {
      List<Fact> arriving = known.values().stream().map(fact -> moved(fact, migration)).toList();
      if (facts.remove(owner, known)) {
        for (Fact fact : arriving) {
          update(migration.to(), fact.member(), fact.key(), target -> newer(target, fact));
        }
        known.values().forEach(fact -> cite(fact.source(), -1)); // after the moved ones cite
        return known.size();
      }
    }
    return 0;
  }

  /** The conflict rule of {@link #move}: the more recently confirmed, the target's on a tie. */
  private static Optional<Fact> newer(Optional<Fact> target, Fact arriving) {
    return target.isPresent() && !arriving.lastConfirmed().isAfter(target.get().lastConfirmed())
        ? target
        : Optional.of(arriving);
  }

  private static Fact moved(Fact fact, ChatMigration migration) {
    return new Fact(
        migration.to(),
        fact.member(),
        fact.category(),
        fact.key(),
        fact.value(),
        fact.confidence(),
        fact.evidence(),
        fact.source() == null ? null : migration.moved(fact.source()),
        fact.firstConfirmed(),
        fact.lastConfirmed());
  }

  @Override
  public long countFading(Instant now, Duration halfLife, double floor) {
    return facts.values().stream()
        .flatMap(known -> known.values().stream())
        .filter(fact -> fact.confidenceAt(now, halfLife) < floor)
        .count();
  }

  @Override
  public int deleteFading(Instant now, Duration halfLife, double floor, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<Fact> oldest =
        Oldest.select(
            () -> facts.values().stream().flatMap(known -> known.values().stream()).iterator(),
            fact -> fact.confidenceAt(now, halfLife) < floor,
            LEAST_RECENT,
            limit);
    int deleted = 0;
    for (Fact fading : oldest) {
      boolean[] gone = {false};
      update(
          fading.chat(),
          fading.member(),
          fading.key(),
          current -> {
            // Re-checked atomically: a fact confirmed meanwhile stays.
            gone[0] = current.isPresent() && current.get().confidenceAt(now, halfLife) < floor;
            return gone[0] ? Optional.empty() : current;
          });
      deleted += gone[0] ? 1 : 0;
    }
    return deleted;
  }
}
