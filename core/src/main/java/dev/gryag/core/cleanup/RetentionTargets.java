package dev.gryag.core.cleanup;

import dev.gryag.core.context.MessageStore;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationSettings;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The {@link RetentionTarget}s of Gryag's stores, each following its rule of a policy. */
public final class RetentionTargets {

  /** At most this many messages of a chat go into one summary, which bounds its prompt. */
  public static final int MESSAGES_PER_SUMMARY = MessageRetentionTarget.SUMMARY_CHUNK;

  private RetentionTargets() {}

  /**
   * Gryag's targets as the bot and {@code gryag cleanup} run them, in report order: {@link
   * #messages messages} (a fact's source message is always kept; summarised first through {@code
   * compactor} unless compaction is off), {@link #profiles profiles}, {@link #facts facts} (fading
   * with the default half-life of {@link PersonalizationSettings#DEFAULTS}) and {@link #summaries
   * summaries}.
   *
   * @throws IllegalArgumentException when compaction is required but no compactor is given
   */
  public static List<RetentionTarget> standard(
      ExpiringMessages messages,
      ProfileStore profiles,
      FactStore facts,
      ChatSummaryStore summaries,
      RetentionPolicy policy,
      Optional<Compactor> compactor) {
    return List.of(
        messages(messages, policy, facts::isEvidence, compactor),
        profiles(profiles, policy),
        facts(facts, policy, PersonalizationSettings.DEFAULTS.factHalfLife()),
        summaries(summaries, policy));
  }

  /**
   * Messages sent more than {@code maxAge} ago, in every chat, through the store's own batched
   * deletion, which keeps important messages (pinned, or cited as evidence). No compaction: for
   * summaries before deletion use {@link #messages}.
   */
  public static RetentionTarget agedMessages(MessageStore store, Duration maxAge) {
    Objects.requireNonNull(store, "store");
    return RetentionTarget.aged(
        DataKind.MESSAGES,
        maxAge,
        RetentionTarget.AgedData.of(
            cutoff -> store.countBefore(null, cutoff),
            (cutoff, limit) -> store.deleteBefore(null, cutoff, limit)));
  }

  /** Profiles of members silent for longer than {@link RetentionPolicy#profileIdleAfter()}. */
  public static RetentionTarget profiles(ProfileStore store, RetentionPolicy policy) {
    Objects.requireNonNull(store, "store");
    return RetentionTarget.aged(
        DataKind.PROFILES,
        policy.profileIdleAfter(),
        RetentionTarget.AgedData.of(store::countLastSeenBefore, store::deleteLastSeenBefore));
  }

  /**
   * Facts whose confidence, fading with {@code halfLife} (the personalization setting), fell below
   * {@link RetentionPolicy#factFloor()}.
   */
  public static RetentionTarget facts(FactStore store, RetentionPolicy policy, Duration halfLife) {
    Objects.requireNonNull(store, "store");
    RetentionPolicy.requirePositive("halfLife", halfLife);
    double floor = policy.factFloor();
    return new RetentionTarget() {
      @Override
      public DataKind kind() {
        return DataKind.FACTS;
      }

      @Override
      public long countDue(Instant now) {
        return store.countFading(now, halfLife, floor);
      }

      @Override
      public Sweep sweep(Instant now) {
        return limit -> {
          int removed = store.deleteFading(now, halfLife, floor, limit);
          return BatchResult.removed(removed, removed < limit);
        };
      }
    };
  }

  /** Summaries of periods that ended longer ago than {@link RetentionPolicy#summaryMaxAge()}. */
  public static RetentionTarget summaries(ChatSummaryStore store, RetentionPolicy policy) {
    Objects.requireNonNull(store, "store");
    return RetentionTarget.aged(
        DataKind.SUMMARIES,
        policy.summaryMaxAge(),
        RetentionTarget.AgedData.of(store::countEndedBefore, store::deleteEndedBefore));
  }

  /** Cached analyses older than {@link RetentionPolicy#analysisCacheMaxAge()}. */
  public static RetentionTarget analysisCache(
      RetentionTarget.AgedData cache, RetentionPolicy policy) {
    return RetentionTarget.aged(DataKind.ANALYSIS_CACHE, policy.analysisCacheMaxAge(), cache);
  }

  /**
   * Messages past {@link RetentionPolicy#messages()}, summarised first through {@code compactor}
   * unless compaction is off.
   *
   * @param important messages never to delete whatever {@code messages} returns, e.g. {@code
   *     factStore::isEvidence} or pinned ones
   * @throws IllegalArgumentException when compaction is required but no compactor is given
   */
  public static RetentionTarget messages(
      ExpiringMessages messages,
      RetentionPolicy policy,
      Predicate<MessageRef> important,
      Optional<Compactor> compactor) {
    return new MessageRetentionTarget(
        Objects.requireNonNull(messages, "messages"),
        policy.messages(),
        Objects.requireNonNull(important, "important"),
        Objects.requireNonNull(compactor, "compactor"));
  }
}
