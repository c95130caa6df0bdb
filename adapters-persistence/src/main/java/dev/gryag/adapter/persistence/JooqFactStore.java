package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_FACT;

import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link FactStore} on PostgreSQL (table {@code member_fact}, one row per chat, member and key). A
 * member's facts are one primary-key range; an update locks the fact's row for one short
 * transaction (see {@link RowUpdates}); evidence is looked up on {@code member_fact_source_idx};
 * fading facts are found least recently confirmed first on {@code member_fact_cleanup_idx}.
 */
public final class JooqFactStore implements FactStore {

  private final DSLContext dsl;

  public JooqFactStore(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public List<Fact> facts(ChatId chat, UserId member) {
    requireMember(chat, member);
    return StoreErrors.guard(
        "Reading the facts of " + member + " in " + chat,
        () ->
            dsl.selectFrom(MEMBER_FACT)
                .where(FactRows.is(chat, member))
                .orderBy(
                    MEMBER_FACT.CONFIDENCE.desc(),
                    MEMBER_FACT.LAST_CONFIRMED.desc(),
                    MEMBER_FACT.KEY)
                .fetch(FactRows::toFact));
  }

  @Override
  public Optional<Fact> find(ChatId chat, UserId member, String key) {
    requireFact(chat, member, key);
    return StoreErrors.guard(
        "Reading the fact '" + key + "' of " + member + " in " + chat,
        () ->
            dsl.selectFrom(MEMBER_FACT)
                .where(FactRows.is(chat, member, key))
                .fetchOptional(FactRows::toFact));
  }

  @Override
  public Optional<Fact> update(
      ChatId chat, UserId member, String key, UnaryOperator<Optional<Fact>> change) {
    requireFact(chat, member, key);
    Objects.requireNonNull(change, "change");
    return StoreErrors.guard(
        "Updating the fact '" + key + "' of " + member + " in " + chat,
        () ->
            RowUpdates.update(
                dsl, new FactRow(chat, member, key), change, f -> check(chat, member, key, f)));
  }

  private static Fact check(ChatId chat, UserId member, String key, Fact fact) {
    if (!fact.chat().equals(chat) || !fact.member().equals(member) || !fact.key().equals(key)) {
      throw new IllegalArgumentException(
          "an update of fact '%s' of member %s in chat %s returned fact '%s' of member %s in chat %s"
              .formatted(key, member, chat, fact.key(), fact.member(), fact.chat()));
    }
    return FactRows.asStored(fact);
  }

  @Override
  public boolean delete(ChatId chat, UserId member, String key) {
    requireFact(chat, member, key);
    return StoreErrors.guard(
        "Deleting the fact '" + key + "' of " + member + " in " + chat,
        () -> dsl.deleteFrom(MEMBER_FACT).where(FactRows.is(chat, member, key)).execute() > 0);
  }

  @Override
  public int deleteAll(ChatId chat, UserId member) {
    requireMember(chat, member);
    return StoreErrors.guard(
        "Deleting the facts of " + member + " in " + chat,
        () -> dsl.deleteFrom(MEMBER_FACT).where(FactRows.is(chat, member)).execute());
  }

  @Override
  public boolean isEvidence(MessageRef message) {
    Objects.requireNonNull(message, "message");
    return StoreErrors.guard(
        "Looking for facts citing " + message,
        () ->
            dsl.fetchExists(
                MEMBER_FACT,
                MEMBER_FACT
                    .CHAT_ID
                    .eq(message.chat().value())
                    .and(MEMBER_FACT.SOURCE_MESSAGE_ID.eq(message.messageId()))));
  }

  @Override
  public long countFading(Instant now, Duration halfLife, double floor) {
    requireFading(now, halfLife);
    return StoreErrors.guard(
        "Counting faded facts",
        () -> dsl.fetchCount(MEMBER_FACT, FactRows.fading(now, halfLife, floor)));
  }

  @Override
  public int deleteFading(Instant now, Duration halfLife, double floor, int limit) {
    requireFading(now, halfLife);
    Retention.requirePositiveLimit(limit);
    return StoreErrors.guard(
        "Deleting faded facts",
        () ->
            Retention.deleteOldest(
                dsl,
                MEMBER_FACT,
                FactRows.fading(now, halfLife, floor),
                MEMBER_FACT.LAST_CONFIRMED,
                limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement (see {@link ChatMoves}): {@code ON CONFLICT DO UPDATE ... WHERE} the arriving
   * fact was confirmed later.
   */
  @Override
  public int move(ChatMigration migration) {
    Objects.requireNonNull(migration, "migration");
    return StoreErrors.guard(
        "Moving the facts of " + migration,
        () ->
            ChatMoves.move(
                dsl,
                MEMBER_FACT,
                MEMBER_FACT.CHAT_ID,
                Set.of(MEMBER_FACT.SOURCE_MESSAGE_ID),
                migration,
                insert ->
                    insert
                        .onConflict(MEMBER_FACT.CHAT_ID, MEMBER_FACT.MEMBER_ID, MEMBER_FACT.KEY)
                        .doUpdate()
                        .set(ChatMoves.arrivingValues(MEMBER_FACT))
                        .where(
                            DSL.excluded(MEMBER_FACT.LAST_CONFIRMED)
                                .gt(MEMBER_FACT.LAST_CONFIRMED))));
  }

  private static void requireMember(ChatId chat, UserId member) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(member, "member");
  }

  private static void requireFact(ChatId chat, UserId member, String key) {
    requireMember(chat, member);
    Objects.requireNonNull(key, "key");
  }

  private static void requireFading(Instant now, Duration halfLife) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(halfLife, "halfLife");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
    }
  }
}
