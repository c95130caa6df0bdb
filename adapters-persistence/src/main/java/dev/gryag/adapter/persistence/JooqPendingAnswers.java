package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.PENDING_ANSWER;

import dev.gryag.adapter.persistence.jooq.tables.records.PendingAnswerRecord;
import dev.gryag.core.conversation.PendingAnswer;
import dev.gryag.core.conversation.PendingAnswers;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.settings.Trigger;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * {@link PendingAnswers} on PostgreSQL (table {@code pending_answer}, beside {@code message}): the
 * message and its pending answer go in one transaction, and so do the bot's answer and the
 * clearing. Resuming reads {@code pending_answer_received}.
 */
public final class JooqPendingAnswers implements PendingAnswers {

  private final DSLContext dsl;

  public JooqPendingAnswers(PostgresDatabase database) {
    this.dsl = database.dsl();
  }

  @Override
  public boolean appendAwaiting(ChatMessage message, PendingAnswer pending) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pending, "pending");
    if (!pending.message().equals(message.ref())) {
      throw new IllegalArgumentException(
          "pending answer for " + pending.message() + " given with message " + message.ref());
    }
    return StoreErrors.guard(
        "Appending message " + message.ref() + " with its pending answer",
        () ->
            dsl.transactionResult(transaction -> {
              DSLContext tx = transaction.dsl();
              if (!MessageWrites.append(tx, message)) {
                return false;
              }
              tx.insertInto(PENDING_ANSWER).set(toRecord(pending)).execute();
              return true;
            }));
  }

  @Override
  public void answered(MessageRef question, List<ChatMessage> delivered) {
    Objects.requireNonNull(question, "question");
    List<ChatMessage> parts = List.copyOf(delivered);
    StoreErrors.guard(
        "Storing the answer to " + question,
        () ->
            dsl.transactionResult(transaction -> {
              DSLContext tx = transaction.dsl();
              for (ChatMessage part : parts) {
                MessageWrites.append(tx, part);
              }
              return delete(tx, question);
            }));
  }

  @Override
  public boolean clear(MessageRef question) {
    Objects.requireNonNull(question, "question");
    return StoreErrors.guard(
        "Clearing the pending answer to " + question, () -> delete(dsl, question) == 1);
  }

  @Override
  public List<PendingAnswer> oldest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return StoreErrors.guard(
        "Reading the pending answers",
        () ->
            dsl.selectFrom(PENDING_ANSWER)
                .orderBy(
                    PENDING_ANSWER.RECEIVED_AT, PENDING_ANSWER.CHAT_ID, PENDING_ANSWER.MESSAGE_ID)
                .limit(limit)
                .fetch(JooqPendingAnswers::toPendingAnswer));
  }

  private static int delete(DSLContext dsl, MessageRef question) {
    return dsl.deleteFrom(PENDING_ANSWER)
        .where(PENDING_ANSWER.CHAT_ID.eq(question.chat().value()))
        .and(PENDING_ANSWER.MESSAGE_ID.eq(question.messageId()))
        .execute();
  }

  private static PendingAnswerRecord toRecord(PendingAnswer pending) {
    PendingAnswerRecord row = new PendingAnswerRecord();
    row.setChatId(pending.chat().id().value());
    row.setMessageId(pending.messageId());
    row.setReceivedAt(MessageRows.micros(pending.receivedAt()));
    row.setDeadline(MessageRows.micros(pending.deadline()));
    row.setForum(pending.chat().forum());
    row.setChatKind(pending.chat().kind().name());
    row.setReason(pending.reason().name());
    row.setChatTitle(MessageRows.storable(pending.chat().title()));
    return row;
  }

  private static PendingAnswer toPendingAnswer(PendingAnswerRecord row) {
    Chat chat =
        new Chat(
            ChatId.of(row.getChatId()),
            ChatKind.valueOf(row.getChatKind()),
            row.getChatTitle(),
            row.getForum());
    return new PendingAnswer(
        chat,
        row.getMessageId(),
        Trigger.valueOf(row.getReason()),
        row.getReceivedAt(),
        row.getDeadline());
  }

  @Override
  public String toString() {
    return "JooqPendingAnswers";
  }
}
