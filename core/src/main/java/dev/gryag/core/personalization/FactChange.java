package dev.gryag.core.personalization;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What merging a newly stated fact into a member's facts did. The merge rule: a new key is added;
 * the same value again is a confirmation (one more piece of evidence, confidence combined as
 * independent evidence: {@code 1 − (1 − now)(1 − new)}); a different value replaces the old one (a
 * contradiction: people move, change jobs, correct typos), unless it was stated before the old
 * value was last confirmed, in which case it is out of date and ignored.
 */
public sealed interface FactChange {

  /** The fact as it stands after the change. */
  Fact fact();

  /** A key the member had no fact for. */
  record Added(Fact fact) implements FactChange {}

  /** The same value again: {@code fact} has more evidence and confidence than {@code before}. */
  record Confirmed(Fact before, Fact fact) implements FactChange {}

  /** A different value replaced {@code before}. */
  record Replaced(Fact before, Fact fact) implements FactChange {}

  /** An out-of-date contradiction: {@code fact} stays as it was. */
  record Ignored(Fact fact, ExtractedFact stale) implements FactChange {}

  /**
   * Merges {@code stated}, said by {@code member} in the message {@code source} (or null) at {@code
   * at}, into the member's {@code current} fact under the same key; confidence fades with {@code
   * halfLife}.
   */
  static FactChange merge(
      Optional<Fact> current,
      ChatId chat,
      UserId member,
      ExtractedFact stated,
      MessageRef source,
      Instant at,
      Duration halfLife) {
    Objects.requireNonNull(stated, "stated");
    Fact fresh =
        new Fact(
            chat,
            member,
            stated.category(),
            stated.key(),
            stated.value(),
            stated.confidence(),
            1,
            source,
            at,
            at);
    if (current.isEmpty()) {
      return new Added(fresh);
    }
    Fact old = current.get();
    if (old.sameValue(stated.value())) {
      return new Confirmed(old, confirmed(old, stated, source, at, halfLife));
    }
    if (at.isBefore(old.lastConfirmed())) {
      return new Ignored(old, stated);
    }
    return new Replaced(old, fresh);
  }

  private static Fact confirmed(
      Fact old, ExtractedFact stated, MessageRef source, Instant at, Duration halfLife) {
    boolean newer = !at.isBefore(old.lastConfirmed());
    Instant last = newer ? at : old.lastConfirmed();
    double before = old.confidenceAt(last, halfLife);
    double added = Fact.decayed(stated.confidence(), at, last, halfLife);
    double combined = 1 - (1 - before) * (1 - added);
    return new Fact(
        old.chat(),
        old.member(),
        newer ? stated.category() : old.category(),
        old.key(),
        newer ? stated.value() : old.value(),
        Math.min(1, Math.max(combined, Double.MIN_NORMAL)),
        old.evidence() == Integer.MAX_VALUE ? old.evidence() : old.evidence() + 1,
        newer && source != null ? source : old.source(),
        at.isBefore(old.firstConfirmed()) ? at : old.firstConfirmed(),
        last);
  }
}
