package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.TestMessages.CHAT;
import static dev.gryag.adapter.persistence.TestMessages.text;
import static dev.gryag.adapter.persistence.jooq.Tables.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link MessageRows} and {@link MessageBatchInsert} against the real {@code message} table. */
class MessageRowsIT {

  private static PostgresDatabase database;
  private static DSLContext dsl;

  @BeforeAll
  static void start() {
    database = TestDatabases.freshDatabase();
    dsl = database.dsl();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @BeforeEach
  void empty() {
    dsl.deleteFrom(MESSAGE).execute();
  }

  private static ChatMessage roundTrip(ChatMessage message) {
    dsl.insertInto(MESSAGE).set(MessageRows.toRecord(message)).execute();
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.CHAT_ID.eq(message.chatId().value()))
        .and(MESSAGE.MESSAGE_ID.eq(message.messageId()))
        .fetchSingle(MessageRows::toMessage);
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() {
    ChatMessage message = TestMessages.everyField(500);

    assertThat(roundTrip(message)).isEqualTo(message);
  }

  @Test
  void plainMessagesAndChatAuthorsSurviveTheRoundTrip() {
    for (ChatMessage message :
        List.of(
            text(1, "привіт, як справи?"),
            text(2, ""),
            TestMessages.fromTheChatItself(3),
            text(4, "emoji 🐸🇺🇦 and \t tabs\nnew lines \\ backslashes 'quotes'"))) {
      assertThat(roundTrip(message)).isEqualTo(message);
    }
  }

  @Test
  void instantsKeepMicrosecondsAndNulCharactersAreReplaced() {
    ChatMessage message =
        ChatMessage.text(
            MessageRef.of(CHAT, 9),
            TestMessages.ALICE,
            Instant.parse("2025-03-01T12:00:00.123456789Z"),
            "a\u0000b");

    ChatMessage stored = roundTrip(message);

    assertThat(stored.sentAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00.123456Z"));
    assertThat(stored.text()).isEqualTo("a\uFFFDb");
  }

  @Test
  void entitiesWithoutAnyAreStoredAsNull() {
    roundTrip(text(5, "no entities"));

    assertThat(dsl.select(MESSAGE.ENTITIES).from(MESSAGE).fetchSingle().value1()).isNull();
  }

  @Test
  void anEntityTypeUnknownToThisVersionReadsAsOther() {
    roundTrip(text(6, "#тег"));
    dsl.update(MESSAGE)
        .set(MESSAGE.ENTITIES, JSONB.valueOf("[{\"type\":\"SPOILER\",\"offset\":0,\"length\":4}]"))
        .execute();

    ChatMessage stored = dsl.selectFrom(MESSAGE).fetchSingle(MessageRows::toMessage);

    assertThat(stored.entities()).containsExactly(TextEntity.of(TextEntity.Type.OTHER, 0, 4));
  }

  @Test
  void unreadableRowsBecomeAStoreErrorNamingTheMessage() {
    roundTrip(text(7, "ok"));
    dsl.update(MESSAGE)
        .set(MESSAGE.ENTITIES, JSONB.valueOf("[{\"type\":\"MENTION\",\"offset\":-1,\"length\":2}]"))
        .execute();

    assertThatThrownBy(() -> dsl.selectFrom(MESSAGE).fetchSingle(MessageRows::toMessage))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("The stored message " + CHAT + "/7 is unreadable");
  }

  @Test
  void theSchemaRejectsWhatTheModelRejects() {
    assertThatThrownBy(() ->
            dsl.insertInto(MESSAGE)
                .set(MessageRows.toRecord(text(8, "x")))
                .set(MESSAGE.MEDIA, "HOLOGRAM")
                .execute())
        .hasMessageContaining("message_media_known");
  }

  @Test
  void batchInsertStoresEveryMessageOnceAndSkipsThoseAlreadyStored() {
    List<ChatMessage> batch = new ArrayList<>();
    LongStream.rangeClosed(1, 2_500).forEach(id -> batch.add(text(id, "повідомлення " + id)));

    assertThat(MessageBatchInsert.insert(dsl, batch.subList(0, 1_000))).isEqualTo(1_000);
    assertThat(MessageBatchInsert.insert(dsl, batch)).isEqualTo(1_500);
    assertThat(MessageBatchInsert.insert(dsl, batch)).isZero();

    assertThat(dsl.fetchCount(MESSAGE)).isEqualTo(2_500);
    assertThat(MessageQueries.recentWindow(dsl, TestMessages.CHAT_ID, 3))
        .extracting(ChatMessage::messageId)
        .containsExactly(2_498L, 2_499L, 2_500L);
  }

  @Test
  void batchInsertKeepsTheFirstVersionOfADuplicate() {
    ChatMessage original = text(1, "перша");
    ChatMessage replay = text(1, "друга");

    assertThat(MessageBatchInsert.insert(dsl, List.of(original, replay))).isEqualTo(1);
    assertThat(MessageBatchInsert.insert(dsl, List.of(replay))).isZero();

    assertThat(dsl.selectFrom(MESSAGE).fetchSingle(MessageRows::toMessage).text())
        .isEqualTo("перша");
  }
}
