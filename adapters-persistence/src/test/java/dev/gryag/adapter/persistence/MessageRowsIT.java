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
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link MessageRows} and the bulk path ({@link MessageImport}, {@link CopyText}) against the real
 * {@code message} table: a message comes back equal whichever way it was stored.
 */
class MessageRowsIT {

  private static final long COPY_CHAT = -1007777L;
  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @BeforeEach
  void empty() {
    db.dsl().deleteFrom(MESSAGE).execute();
  }

  /** Stores the message with one INSERT and through COPY (in another chat), reads both back. */
  private static ChatMessage roundTrip(ChatMessage message) {
    db.dsl().insertInto(MESSAGE).set(MessageRows.toRecord(message)).execute();
    ChatMessage inserted = read(message.ref());
    ChatMessage copied = copyRoundTrip(message);
    assertThat(copied).as("the same message through COPY").isEqualTo(inserted);
    return inserted;
  }

  private static ChatMessage copyRoundTrip(ChatMessage message) {
    MessageRef elsewhere = MessageRef.of(COPY_CHAT, message.messageId());
    ChatMessage moved =
        new ChatMessage(
            elsewhere,
            message.threadId(),
            message.author(),
            message.role(),
            message.sentAt(),
            message.editedAt(),
            message.text(),
            message.media(),
            message.replyToMessageId(),
            message.entities(),
            message.forwarded());
    assertThat(new MessageImport(db.database().dataSource()).append(List.of(moved))).isEqualTo(1);
    ChatMessage read = read(elsewhere);
    db.dsl().deleteFrom(MESSAGE).where(MESSAGE.CHAT_ID.eq(COPY_CHAT)).execute();
    return new ChatMessage(
        message.ref(),
        read.threadId(),
        read.author(),
        read.role(),
        read.sentAt(),
        read.editedAt(),
        read.text(),
        read.media(),
        read.replyToMessageId(),
        read.entities(),
        read.forwarded());
  }

  private static ChatMessage read(MessageRef ref) {
    return db.dsl()
        .selectFrom(MESSAGE)
        .where(MessageQueries.is(ref))
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

    assertThat(db.dsl().select(MESSAGE.ENTITIES).from(MESSAGE).fetchSingle().value1()).isNull();
  }

  @Test
  void anEntityTypeUnknownToThisVersionReadsAsOther() {
    roundTrip(text(6, "#тег"));
    db.dsl()
        .update(MESSAGE)
        .set(MESSAGE.ENTITIES, JSONB.valueOf("[{\"type\":\"SPOILER\",\"offset\":0,\"length\":4}]"))
        .execute();

    ChatMessage stored = db.dsl().selectFrom(MESSAGE).fetchSingle(MessageRows::toMessage);

    assertThat(stored.entities()).containsExactly(TextEntity.of(TextEntity.Type.OTHER, 0, 4));
  }

  @Test
  void unreadableRowsBecomeAStoreErrorNamingTheMessage() {
    roundTrip(text(7, "ok"));
    db.dsl()
        .update(MESSAGE)
        .set(MESSAGE.ENTITIES, JSONB.valueOf("[{\"type\":\"MENTION\",\"offset\":-1,\"length\":2}]"))
        .execute();

    assertThatThrownBy(() -> db.dsl().selectFrom(MESSAGE).fetchSingle(MessageRows::toMessage))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("The stored message " + CHAT + "/7 is unreadable");
  }

  @Test
  void theSchemaRejectsWhatTheModelRejects() {
    assertThatThrownBy(() ->
            db.dsl()
                .insertInto(MESSAGE)
                .set(MessageRows.toRecord(text(8, "x")))
                .set(MESSAGE.MEDIA, "HOLOGRAM")
                .execute())
        .hasMessageContaining("message_media_known");
  }

  @Test
  void theBulkPathStoresEveryMessageOnceAndSkipsThoseAlreadyStored() {
    MessageImport imports = new MessageImport(db.database().dataSource());
    List<ChatMessage> batch = new ArrayList<>();
    LongStream.rangeClosed(1, 12_500).forEach(id -> batch.add(text(id, "повідомлення " + id)));

    // The first chunk goes straight in, the second meets stored rows and is staged, as is the rest.
    assertThat(imports.append(batch.subList(9_000, 9_100))).isEqualTo(100);
    assertThat(imports.append(batch)).isEqualTo(12_400);
    assertThat(imports.append(batch)).isZero();

    assertThat(db.dsl().fetchCount(MESSAGE)).isEqualTo(12_500);
    assertThat(MessageQueries.recentWindow(db.dsl(), TestMessages.CHAT_ID, 3))
        .extracting(ChatMessage::messageId)
        .containsExactly(12_498L, 12_499L, 12_500L);
  }

  @Test
  void theBulkPathKeepsTheFirstVersionOfADuplicate() {
    MessageImport imports = new MessageImport(db.database().dataSource());
    ChatMessage original = text(1, "перша");
    ChatMessage replay = text(1, "друга");

    assertThat(imports.append(List.of(original, replay))).isEqualTo(1);
    assertThat(imports.append(List.of(replay))).isZero();

    assertThat(db.dsl().selectFrom(MESSAGE).fetchSingle(MessageRows::toMessage).text())
        .isEqualTo("перша");
  }

  @Test
  void aFailedChunkRollsBackAndLeavesThePoolUsable() {
    MessageImport imports = new MessageImport(db.database().dataSource());
    ChatMessage fine = text(1, "ok");
    // Beyond PostgreSQL's last timestamp (year 294276): the whole chunk fails.
    ChatMessage bad =
        ChatMessage.text(
            MessageRef.of(CHAT, 2),
            TestMessages.ALICE,
            Instant.parse("+300000-01-01T00:00:00Z"),
            "x");

    assertThatThrownBy(() -> imports.append(List.of(fine, bad)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Importing 2 messages (0 stored before the failure) failed")
        .satisfies(e -> assertThat(((StoreException) e).isTransient()).isFalse());

    assertThat(db.dsl().fetchCount(MESSAGE)).isZero();
    assertThat(imports.append(List.of(fine))).isEqualTo(1);
  }
}
