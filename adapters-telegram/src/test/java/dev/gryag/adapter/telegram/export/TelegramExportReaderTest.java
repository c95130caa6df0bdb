package dev.gryag.adapter.telegram.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.MalformedHistoryException;
import dev.gryag.core.analytics.Reaction;
import dev.gryag.core.analytics.Sender;
import dev.gryag.core.analytics.ServiceEvent;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.model.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramExportReaderTest {

  private final Recorder recorder = new Recorder();

  private ExportReadSummary read(String resource, ExportReadOptions options) {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new TelegramExportReader(options).read(in, resource, recorder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExportReadSummary read(String resource) {
    return read(resource, ExportReadOptions.strict(ZoneOffset.UTC));
  }

  @Test
  void joinsTextPartsAndKeepsTheirEntitiesWithUtf16Offsets() {
    read("text-shapes.json");

    assertThat(recorder.message(1).text()).isEqualTo("Просто текст");
    assertThat(recorder.message(1).entities()).isEmpty();
    HistoryMessage rich = recorder.message(2);
    assertThat(rich.text()).isEqualTo("Дивись https://gryag.dev і оце, @taras та Ігор!");
    assertThat(rich.entities())
        .containsExactly(
            new TextEntity(TextEntity.Type.URL, 7, 17, null, null),
            new TextEntity(TextEntity.Type.TEXT_LINK, 27, 3, "https://example.org/a", null),
            new TextEntity(TextEntity.Type.MENTION, 32, 6, null, null),
            new TextEntity(TextEntity.Type.TEXT_MENTION, 42, 4, null, UserId.of(555)),
            new TextEntity(TextEntity.Type.OTHER, 46, 1, null, null));
    assertThat(rich.entities().get(3).textIn(rich.text())).isEqualTo("Ігор");
  }

  @Test
  void takesEntitiesFromTextEntitiesWhenTheTextIsAPlainStringOrMissing() {
    read("text-shapes.json");

    assertThat(recorder.message(3).entities())
        .extracting(TextEntity::type, entity -> entity.textIn(recorder.message(3).text()))
        .containsExactly(
            tuple(TextEntity.Type.MENTION, "@olena"), tuple(TextEntity.Type.HASHTAG, "#news"));
    assertThat(recorder.message(4).text()).isEqualTo("/start please");
    assertThat(recorder.message(4).entities())
        .containsExactly(TextEntity.of(TextEntity.Type.BOT_COMMAND, 0, 6));
    assertThat(recorder.message(5).text()).isEmpty();
    assertThat(recorder.message(6).text()).isEqualTo("🐸секретcode()");
    assertThat(recorder.message(6).entities()).hasSize(3);
  }

  @Test
  void mapsEveryKindOfMedia() {
    read("media.json");

    assertThat(recorder.messages())
        .extracting(HistoryMessage::id, HistoryMessage::media, HistoryMessage::mediaSeconds)
        .containsExactly(
            tuple(1L, MediaKind.PHOTO, 0),
            tuple(2L, MediaKind.STICKER, 0),
            tuple(3L, MediaKind.VOICE, 37),
            tuple(4L, MediaKind.VIDEO_NOTE, 12),
            tuple(5L, MediaKind.ANIMATION, 3),
            tuple(6L, MediaKind.VIDEO, 600),
            tuple(7L, MediaKind.AUDIO, 200),
            tuple(8L, MediaKind.DOCUMENT, 0),
            tuple(9L, MediaKind.POLL, 0),
            tuple(10L, MediaKind.LOCATION, 0),
            tuple(11L, MediaKind.LOCATION, 0),
            tuple(12L, MediaKind.CONTACT, 0),
            tuple(13L, MediaKind.OTHER, 0),
            tuple(14L, MediaKind.LOCATION, 0));
    assertThat(recorder.message(2).stickerEmoji()).isEqualTo("😂");
    assertThat(recorder.message(1).text()).isEqualTo("фото");
    assertThat(recorder.message(1).sentAt()).isEqualTo(Instant.ofEpochSecond(1714640400));
  }

  @Test
  void readsServiceEventsWithTheirActorsMembersAndKinds() {
    ExportReadSummary summary = read("service.json");

    assertThat(summary.serviceEvents()).isEqualTo(11);
    assertThat(recorder.services())
        .extracting(ServiceEvent::action, ServiceEvent::kind)
        .containsExactly(
            tuple("create_group", ServiceEvent.Kind.CREATE),
            tuple("invite_members", ServiceEvent.Kind.JOIN),
            tuple("join_group_by_link", ServiceEvent.Kind.JOIN),
            tuple("remove_members", ServiceEvent.Kind.LEAVE),
            tuple("remove_members", ServiceEvent.Kind.REMOVE),
            tuple("pin_message", ServiceEvent.Kind.PIN),
            tuple("edit_group_title", ServiceEvent.Kind.TITLE),
            tuple("group_call", ServiceEvent.Kind.CALL),
            tuple("send_payment", ServiceEvent.Kind.OTHER),
            tuple("", ServiceEvent.Kind.OTHER),
            tuple("migrate_to_supergroup", ServiceEvent.Kind.MIGRATE));
    ServiceEvent invite = recorder.services().get(1);
    assertThat(invite.sender()).isEqualTo(new Sender("user1", "Оксана"));
    assertThat(invite.members()).containsExactly("Марко", "");
    assertThat(recorder.services().get(8).sender()).isEqualTo(Sender.UNKNOWN);
  }

  @Test
  void readsForwardsEditsRepliesAndEveryKindOfReaction() {
    read("forwards-edits-reactions.json");

    assertThat(recorder.message(10).forwarded()).isTrue();
    assertThat(recorder.message(11).forwarded()).isTrue();
    HistoryMessage edited = recorder.message(12);
    assertThat(edited.forwarded()).isFalse();
    assertThat(edited.editedAt()).isEqualTo(Instant.ofEpochSecond(1719835500));
    assertThat(edited.replyToId()).isEqualTo(10);
    assertThat(edited.repliesInChat()).isTrue();
    assertThat(edited.reactions())
        .containsExactly(
            new Reaction(Reaction.Kind.EMOJI, "❤", 3),
            new Reaction(Reaction.Kind.CUSTOM_EMOJI, "5123456789012345678", 2),
            new Reaction(Reaction.Kind.PAID, "", 7));
    assertThat(edited.reactionCount()).isEqualTo(12);
    HistoryMessage elsewhere = recorder.message(13);
    assertThat(elsewhere.replyToOtherChat()).isTrue();
    assertThat(elsewhere.reactions()).containsExactly(new Reaction(Reaction.Kind.EMOJI, "👍", 1));
    assertThat(recorder.message(14).editedAt()).isEqualTo(Instant.parse("2024-07-01T12:06:30Z"));
  }

  @Test
  void readsDeletedAccountsOldLocalDatesZeroAndRepeatedIds() {
    ExportReadSummary summary =
        read("deleted-and-old.json", ExportReadOptions.strict(ZoneId.of("Europe/Kyiv")));

    List<HistoryMessage> messages = recorder.messages();
    assertThat(summary.messages()).isEqualTo(4);
    assertThat(summary.serviceEvents()).isEqualTo(1);
    assertThat(summary.unsupported()).isEqualTo(1);
    assertThat(messages.get(0).id()).isZero();
    assertThat(messages.get(0).sentAt()).isEqualTo(Instant.parse("2019-12-31T21:30:00Z"));
    assertThat(messages.get(1).sentAt()).isEqualTo(Instant.parse("2019-12-31T22:10:00Z"));
    assertThat(messages.get(1).sender()).isEqualTo(new Sender("user6", ""));
    assertThat(messages.get(1).sender().displayName()).isEqualTo("Deleted account (user6)");
    assertThat(messages.get(2).sender()).isEqualTo(Sender.UNKNOWN);
    assertThat(messages.get(3).id()).isEqualTo(7);
    assertThat(messages.get(3).replyToId()).isEqualTo(7);
    assertThat(recorder.services().get(0).kind()).isEqualTo(ServiceEvent.Kind.LEAVE);
  }

  @Test
  void readsEveryChatOfAFullAccountExportAndSkipsTheOtherSections() {
    ExportReadSummary summary = read("full-account.json");

    assertThat(summary.chats())
        .containsExactly(
            new ChatHeader(2002, "Friend", "personal_chat"),
            new ChatHeader(1900000000, "Клуб", "private_supergroup"),
            new ChatHeader(1001, "", "saved_messages"),
            new ChatHeader(1300000000, "Old Channel", "public_channel"));
    assertThat(recorder.chats).isEqualTo(summary.chats());
    assertThat(summary.messages()).isEqualTo(6);
    assertThat(summary.serviceEvents()).isEqualTo(1);
    assertThat(recorder.chatOfEntry).containsExactly(0, 0, 1, 1, 1, 2, 3);
  }

  @Test
  void picksOneChatOfAFullAccountExportByNameOrById() {
    ExportReadSummary byName =
        read(
            "full-account.json",
            new ExportReadOptions(ZoneOffset.UTC, ChatSelection.matching("клуб"), false));

    assertThat(byName.chats()).extracting(ChatHeader::name).containsExactly("Клуб");
    assertThat(byName.skippedChats()).hasSize(3);
    assertThat(recorder.messages())
        .extracting(HistoryMessage::text)
        .containsExactly("перший", "другий");

    Recorder second = new Recorder();
    ExportReadSummary byId;
    try (InputStream in = getClass().getResourceAsStream("full-account.json")) {
      byId =
          new TelegramExportReader(
                  new ExportReadOptions(ZoneOffset.UTC, ChatSelection.matching("2002"), false))
              .read(in, "full-account.json", second);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(byId.chats()).extracting(ChatHeader::name).containsExactly("Friend");
    assertThat(second.messages()).hasSize(2);
  }

  @Test
  void reportsASyntaxErrorWithItsLineAndColumn() {
    assertThatThrownBy(() -> read("bad-syntax.json"))
        .isInstanceOf(MalformedHistoryException.class)
        .hasMessageStartingWith("bad-syntax.json:7:3: not valid JSON")
        .hasMessageContaining("expecting comma");
  }

  @Test
  void reportsAMistypedValueWithItsPositionAndWhatWasExpected() {
    assertThatThrownBy(() -> read("bad-values.json"))
        .isInstanceOfSatisfying(
            MalformedHistoryException.class,
            e -> {
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(49);
              assertThat(e.problem())
                  .isEqualTo(
                      "message 2: 'date_unixtime' should be a whole number, found an object");
            });
  }

  /** Columns count bytes: the emoji before the count on line 13 takes four. */
  @Test
  void leniencySkipsAndCountsTheMessagesThatCannotBeRead() {
    ExportReadSummary summary =
        read("bad-values.json", new ExportReadOptions(ZoneOffset.UTC, ChatSelection.all(), true));

    assertThat(recorder.messages()).extracting(HistoryMessage::id).containsExactly(1L, 7L);
    assertThat(summary.skipped()).isEqualTo(6);
    assertThat(summary.problems())
        .containsExactly(
            "line 7, column 49: message 2: 'date_unixtime' should be a whole number, found an"
                + " object",
            "line 8, column 104: message 3: 'text' should be a string or an array of text parts,"
                + " found a number",
            "line 9, column 3: message 4: expected 'date_unixtime' or 'date' with the message's"
                + " time",
            "line 10, column 3: message 5: 'date' should be a date and time like"
                + " 2024-03-01T12:00:00, was 'yesterday'",
            "line 11, column 3: expected a message object, found a string",
            "line 13, column 62: message 6: 'reactions[].count' should not be negative, was -1");
  }

  @Test
  void aDateOutOfRangeIsBadInputWithItsPosition() {
    assertThatThrownBy(() -> read("bad-dates.json"))
        .isInstanceOfSatisfying(
            MalformedHistoryException.class,
            e -> {
              assertThat(e).hasMessageStartingWith("bad-dates.json:7:3: ");
              assertThat(e.problem())
                  .isEqualTo(
                      "message 2: 'date_unixtime' is out of range, was '99999999999999': a"
                          + " message's time lies between 1970-01-01T00:00:00Z and"
                          + " 9999-12-31T23:59:59Z");
            });
  }

  @Test
  void leniencySkipsEveryDateOutOfRange() {
    ExportReadSummary summary =
        read("bad-dates.json", new ExportReadOptions(ZoneOffset.UTC, ChatSelection.all(), true));

    assertThat(recorder.messages()).extracting(HistoryMessage::id).containsExactly(1L, 8L);
    assertThat(summary.skipped()).isEqualTo(6);
    assertThat(summary.problems())
        .extracting(problem -> problem.substring(0, problem.indexOf(": '")))
        .containsExactly(
            "line 7, column 3: message 2",
            "line 8, column 3: message 3",
            "line 9, column 3: message 4",
            "line 10, column 3: message 5",
            "line 11, column 3: message 6",
            "line 12, column 3: message 7");
    assertThat(summary.problems().get(2)).contains("'date' is out of range");
    assertThat(summary.problems().get(4)).contains("'edited_unixtime' is out of range");
  }

  @Test
  void aTruncatedFileFailsStrictlyAndKeepsWhatCameBeforeLeniently() {
    assertThatThrownBy(() -> read("truncated.json"))
        .isInstanceOf(MalformedHistoryException.class)
        .hasMessageStartingWith("truncated.json:8:")
        .hasMessageContaining("the file ends early");

    Recorder lenient = new Recorder();
    ExportReadSummary summary;
    try (InputStream in = getClass().getResourceAsStream("truncated.json")) {
      summary =
          new TelegramExportReader(new ExportReadOptions(ZoneOffset.UTC, ChatSelection.all(), true))
              .read(in, "truncated.json", lenient);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(summary.truncated()).isTrue();
    assertThat(lenient.messages()).hasSize(2);
    assertThat(summary.problems()).singleElement().asString().contains("the file ends early");
  }

  @Test
  void refusesFilesThatAreNotExports() {
    assertThatThrownBy(() -> read("not-an-object.json"))
        .hasMessage(
            "not-an-object.json:1:1: expected '{' starting a Telegram Desktop export, found an"
                + " array");
    assertThatThrownBy(() -> read("no-messages.json"))
        .hasMessageStartingWith("no-messages.json:1:1: expected a 'messages' array");
  }
}
