package dev.gryag.adapter.telegram.export;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.ServiceEvent;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.TextEntity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The real exports in {@code shared/testdata/telegram-exports}; expectations counted by hand. */
class SharedExportsTest {

  private final Recorder recorder = new Recorder();

  private ExportReadSummary read(String name) {
    return new TelegramExportReader(ExportReadOptions.strict(ZoneOffset.UTC))
        .read(SharedExports.file(name), recorder);
  }

  private <K> Map<K, Long> messagesBy(Function<HistoryMessage, K> key) {
    return recorder.messages().stream().collect(groupingBy(key, counting()));
  }

  @Test
  void readsTheOldChannelExportWithLocalDatesAndRichText() {
    ExportReadSummary summary = read("channel-2020-old-format.json");

    assertThat(summary.chats())
        .containsExactly(new ChatHeader(1292077344, "test", "private_channel"));
    assertThat(summary.messages()).isEqualTo(18);
    assertThat(summary.serviceEvents()).isEqualTo(1);
    assertThat(recorder.services().get(0).kind()).isEqualTo(ServiceEvent.Kind.CREATE);
    assertThat(messagesBy(m -> m.sender().key())).containsExactly(entry("channel1292077344", 18L));
    assertThat(messagesBy(HistoryMessage::media))
        .containsOnly(
            entry(MediaKind.NONE, 9L),
            entry(MediaKind.PHOTO, 5L),
            entry(MediaKind.DOCUMENT, 2L),
            entry(MediaKind.VOICE, 1L),
            entry(MediaKind.AUDIO, 1L));
    assertThat(recorder.messages().stream().filter(m -> m.editedAt() != null)).hasSize(5);
    assertThat(recorder.message(2).sentAt()).isEqualTo(Instant.parse("2020-11-12T12:54:07Z"));
    assertThat(recorder.message(7).mediaSeconds()).isEqualTo(2);
    HistoryMessage links = recorder.message(14);
    assertThat(links.text()).isEqualTo("text link\n\nexample.com\n\nexample@example.com");
    assertThat(links.entities())
        .extracting(TextEntity::type)
        .containsExactly(TextEntity.Type.TEXT_LINK, TextEntity.Type.URL, TextEntity.Type.OTHER);
  }

  @Test
  void readsTheAnonymisedGroupWhoseIdsRepeatAndWhoseUnixDatesAreZero() {
    ExportReadSummary summary = read("group-anonymised.json");

    assertThat(summary.messages()).isEqualTo(250);
    assertThat(summary.serviceEvents()).isEqualTo(6);
    assertThat(messagesBy(m -> m.sender().name()))
        .containsOnly(
            entry("Joseph Joestar", 127L),
            entry("no_life_coder", 86L),
            entry("Beluga", 19L),
            entry("Hugh Janus", 10L),
            entry("Sussy Baka", 6L),
            entry("A real snake 🐍", 2L));
    assertThat(messagesBy(HistoryMessage::media))
        .containsOnly(
            entry(MediaKind.NONE, 220L),
            entry(MediaKind.PHOTO, 14L),
            entry(MediaKind.STICKER, 13L),
            entry(MediaKind.DOCUMENT, 3L));
    assertThat(recorder.messages()).allMatch(m -> m.id() == 69420);
    // date_unixtime is "0000000000" throughout: the local dates (days kept, times anonymised)
    // count.
    assertThat(recorder.entries)
        .allMatch(e -> e.sentAt().toString().endsWith("T11:11:11Z"))
        .filteredOn(e -> e.sentAt().equals(Instant.parse("2022-03-21T11:11:11Z")))
        .hasSize(60);
    assertThat(recorder.entries.stream().map(e -> e.sentAt()).distinct()).hasSize(13);
    assertThat(recorder.messages().stream().filter(m -> m.editedAt() != null)).hasSize(16);
    assertThat(recorder.messages().stream().filter(m -> m.replyToId() != null)).hasSize(25);
    assertThat(recorder.services().stream().collect(groupingBy(ServiceEvent::action, counting())))
        .containsOnly(
            entry("invite_members", 3L), entry("pin_message", 2L), entry("create_group", 1L));
    assertThat(
            recorder.messages().stream()
                .filter(m -> "😭".equals(m.stickerEmoji()) || "🐱".equals(m.stickerEmoji())))
        .hasSize(4);
  }

  @Test
  void readsTheGroupWithManyServiceActionsPollsAndReactions() {
    ExportReadSummary summary = read("group-full-schema.json");

    assertThat(summary.messages()).isEqualTo(23);
    assertThat(summary.serviceEvents()).isEqualTo(21);
    assertThat(summary.unsupported()).isEqualTo(1);
    assertThat(messagesBy(m -> m.sender().name()))
        .containsOnly(entry("Me", 9L), entry("Alice Example", 8L), entry("Bob Sample", 6L));
    assertThat(messagesBy(HistoryMessage::media))
        .containsOnly(
            entry(MediaKind.NONE, 8L),
            entry(MediaKind.POLL, 5L),
            entry(MediaKind.OTHER, 3L),
            entry(MediaKind.DOCUMENT, 3L),
            entry(MediaKind.LOCATION, 2L),
            entry(MediaKind.PHOTO, 1L),
            entry(MediaKind.CONTACT, 1L));
    assertThat(recorder.message(25).forwarded()).isTrue();
    assertThat(recorder.message(26).replyToId()).isEqualTo(7);
    assertThat(recorder.message(33).reactionCount()).isEqualTo(5);
    assertThat(recorder.services().stream().collect(groupingBy(ServiceEvent::kind, counting())))
        .containsOnly(
            entry(ServiceEvent.Kind.CREATE, 1L),
            entry(ServiceEvent.Kind.TITLE, 1L),
            entry(ServiceEvent.Kind.PHOTO, 2L),
            entry(ServiceEvent.Kind.JOIN, 3L),
            entry(ServiceEvent.Kind.PIN, 1L),
            entry(ServiceEvent.Kind.REMOVE, 1L),
            entry(ServiceEvent.Kind.CALL, 3L),
            entry(ServiceEvent.Kind.MIGRATE, 2L),
            entry(ServiceEvent.Kind.OTHER, 7L));
  }

  @Test
  void readsThePersonalChatCoveringMostOfTheCurrentSchema() {
    ExportReadSummary summary = read("personal-full-schema.json");

    assertThat(summary.messages()).isEqualTo(25);
    assertThat(summary.serviceEvents()).isEqualTo(61);
    assertThat(summary.unsupported()).isEqualTo(1);
    assertThat(messagesBy(m -> m.sender().name()))
        .containsOnly(entry("Alice Example", 13L), entry("Me", 12L));
    assertThat(messagesBy(HistoryMessage::media))
        .containsOnly(
            entry(MediaKind.OTHER, 6L),
            entry(MediaKind.NONE, 5L),
            entry(MediaKind.LOCATION, 4L),
            entry(MediaKind.PHOTO, 1L),
            entry(MediaKind.STICKER, 1L),
            entry(MediaKind.VIDEO_NOTE, 1L),
            entry(MediaKind.VOICE, 1L),
            entry(MediaKind.ANIMATION, 1L),
            entry(MediaKind.VIDEO, 1L),
            entry(MediaKind.AUDIO, 1L),
            entry(MediaKind.CONTACT, 1L),
            entry(MediaKind.POLL, 1L),
            entry(MediaKind.DOCUMENT, 1L));
    HistoryMessage reply = recorder.message(2);
    assertThat(reply.forwarded()).isTrue();
    assertThat(reply.editedAt()).isEqualTo(Instant.ofEpochSecond(1769936580));
    assertThat(reply.replyToOtherChat()).isTrue();
    assertThat(recorder.message(1).reactionCount()).isEqualTo(2 + 1 + 3);
    assertThat(recorder.message(6).mediaSeconds()).isEqualTo(11);
  }
}
