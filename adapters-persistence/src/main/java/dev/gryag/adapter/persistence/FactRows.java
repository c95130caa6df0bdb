package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_FACT;

import dev.gryag.adapter.persistence.jooq.tables.records.MemberFactRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactCategory;
import java.time.Duration;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Maps {@link Fact} to a row of {@code member_fact} and back; the fading condition in SQL. */
final class FactRows {

  private FactRows() {}

  static Condition is(ChatId chat, UserId member) {
    return MEMBER_FACT.CHAT_ID.eq(chat.value()).and(MEMBER_FACT.MEMBER_ID.eq(member.value()));
  }

  static Condition is(ChatId chat, UserId member, String key) {
    return is(chat, member).and(MEMBER_FACT.KEY.eq(MessageRows.storable(key)));
  }

  static MemberFactRecord toRecord(Fact fact) {
    MemberFactRecord row = new MemberFactRecord();
    row.setChatId(fact.chat().value());
    row.setMemberId(fact.member().value());
    row.setKey(MessageRows.storable(fact.key()));
    row.setCategory(fact.category().name());
    row.setValue(MessageRows.storable(fact.value()));
    row.setConfidence(fact.confidence());
    row.setEvidence(fact.evidence());
    row.setSourceMessageId(fact.source() == null ? null : fact.source().messageId());
    row.setFirstConfirmed(MessageRows.micros(fact.firstConfirmed()));
    row.setLastConfirmed(MessageRows.micros(fact.lastConfirmed()));
    return row;
  }

  static Fact toFact(MemberFactRecord row) {
    try {
      ChatId chat = ChatId.of(row.getChatId());
      Long source = row.getSourceMessageId();
      return new Fact(
          chat,
          UserId.of(row.getMemberId()),
          FactCategory.valueOf(row.getCategory()),
          row.getKey(),
          row.getValue(),
          row.getConfidence(),
          row.getEvidence(),
          source == null ? null : new MessageRef(chat, source),
          row.getFirstConfirmed(),
          row.getLastConfirmed());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoreException(
          "The stored fact '%s' of member %d in chat %d is unreadable: %s"
              .formatted(row.getKey(), row.getMemberId(), row.getChatId(), e.getMessage()),
          e);
    }
  }

  /** The fact as a row holds it: instants to the microsecond. */
  static Fact asStored(Fact fact) {
    boolean exact =
        fact.firstConfirmed().getNano() % 1_000 == 0 && fact.lastConfirmed().getNano() % 1_000 == 0;
    return exact ? fact : toFact(toRecord(fact));
  }

  /**
   * True for a fact whose confidence, decayed to {@code now} as {@link Fact#confidenceAt} does, is
   * below {@code floor}: {@code confidence × 2^(−age/halfLife)}, no decay before {@code
   * lastConfirmed}.
   */
  static Condition fading(Instant now, Duration halfLife, double floor) {
    Field<Instant> at = DSL.val(MessageRows.micros(now));
    double half = halfLife.getSeconds() + halfLife.getNano() / 1e9;
    Field<Double> decayed =
        DSL.field(
            "case when {0} >= {1} then {2}"
                + " else {2} * power(2::float8, -(extract(epoch from ({1} - {0}))::float8 / {3}))"
                + " end",
            Double.class, MEMBER_FACT.LAST_CONFIRMED, at, MEMBER_FACT.CONFIDENCE, DSL.val(half));
    return decayed.lt(floor);
  }
}
