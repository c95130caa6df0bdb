package dev.gryag.core.analytics;

import static dev.gryag.core.analyzer.Language.EN;
import static dev.gryag.core.analyzer.Language.RU;
import static dev.gryag.core.analyzer.Language.UK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.TextEntity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatAnalyticsTest {

  private static final Sender ALICE = Sender.of("user1", "Alice");
  private static final Sender BOB = Sender.of("user2", "Bob");
  private static final Sender GHOST = Sender.of("user3", null);

  private final Analyses analyzer =
      new Analyses()
          .say("привіт усім ☀️", UK, 0.5)
          .say("hi Alice how are you?", EN, 0.3)
          .say("look https://x.org", EN, 0)
          .say("ну и дела", RU, -0.6)
          .say("новини тут", RU, 0)
          .say("what?", EN, 0)
          .say("lol", EN, 0.4)
          .say("старий запис", UK, 0)
          .say("ok ok", EN, 0)
          .say("thanks", EN, 0.8);

  /** Two chats; hand-computed expectations in the tests below. Times are UTC. */
  private static void feed(HistorySink sink) {
    sink.beginChat(new ChatHeader(10, "Club", "private_supergroup"));
    List<HistoryEntry> club =
        List.of(
            service(
                10,
                "2024-03-04T08:00:00Z",
                ALICE,
                "invite_members",
                ServiceEvent.Kind.JOIN,
                "Bob",
                "Carol"),
            Messages.from(ALICE).id(1).at("2024-03-04T09:00:00Z").text("привіт усім ☀️").build(),
            Messages.from(BOB)
                .id(2)
                .at("2024-03-04T09:05:00Z")
                .text("hi Alice how are you?")
                .replyTo(1)
                .build(),
            Messages.from(ALICE)
                .id(3)
                .at("2024-03-04T09:06:00Z")
                .text("look https://x.org")
                .entity(new TextEntity(TextEntity.Type.URL, 5, 13, null, null))
                .media(MediaKind.PHOTO, 0)
                .build(),
            Messages.from(BOB)
                .id(4)
                .at("2024-03-04T09:20:00Z")
                .media(MediaKind.VOICE, 42)
                .replyTo(3)
                .build(),
            Messages.from(ALICE).id(5).at("2024-03-04T10:00:00Z").sticker("🙂").replyTo(4).build(),
            service(11, "2024-03-04T10:01:00Z", ALICE, "pin_message", ServiceEvent.Kind.PIN),
            Messages.from(GHOST)
                .id(6)
                .at("2024-03-06T20:00:00Z")
                .text("ну и дела")
                .edited("2024-03-06T20:02:00Z")
                .reaction("👍", 3)
                .reaction("🔥", 1)
                .build(),
            Messages.from(BOB)
                .id(7)
                .at("2024-03-06T20:01:00Z")
                .text("новини тут")
                .forwarded()
                .reaction("👍", 1)
                .build(),
            Messages.from(ALICE)
                .id(8)
                .at("2024-03-06T20:30:00Z")
                .text("what?")
                .replyTo(999)
                .build(),
            Messages.from(BOB)
                .id(9)
                .at("2024-03-06T20:31:00Z")
                .text("lol")
                .replyToOtherChat(5)
                .build(),
            service(
                12, "2024-03-06T21:00:00Z", BOB, "remove_members", ServiceEvent.Kind.LEAVE, "Bob"),
            Messages.from(ALICE).id(13).at("2024-02-28T12:00:00Z").text("старий запис").build());
    club.forEach(sink::accept);
    sink.beginChat(new ChatHeader(20, "Side", "private_group"));
    sink.accept(Messages.from(BOB).id(1).at("2024-03-10T12:00:00Z").text("ok ok").build());
    sink.accept(
        Messages.from(ALICE).id(2).at("2024-03-10T12:10:00Z").text("thanks").replyTo(1).build());
  }

  private static ServiceEvent service(
      long id, String at, Sender actor, String action, ServiceEvent.Kind kind, String... members) {
    return new ServiceEvent(id, Instant.parse(at), actor, action, kind, List.of(members));
  }

  private ChatReport analyse(AnalyticsOptions options) {
    ChatAnalytics analytics = new ChatAnalytics(analyzer, options);
    feed(analytics);
    return analytics.report();
  }

  private ChatReport analyseInUtc() {
    return analyse(AnalyticsOptions.in(ZoneOffset.UTC));
  }

  private static MemberReport member(ChatReport report, String name) {
    return report.members().stream()
        .filter(member -> member.sender().displayName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void totalsCountEveryMessageOfEveryChatExactly() {
    Overview overview = analyseInUtc().overview();

    assertThat(overview.chats()).extracting(ChatHeader::name).containsExactly("Club", "Side");
    assertThat(overview.messages()).isEqualTo(12);
    assertThat(overview.textMessages()).isEqualTo(10);
    assertThat(overview.serviceEvents()).isEqualTo(3);
    assertThat(overview.members()).isEqualTo(3);
    assertThat(overview.words()).isEqualTo(2 + 5 + 1 + 3 + 2 + 1 + 1 + 2 + 2 + 1);
    assertThat(overview.media())
        .containsExactly(
            entry(MediaKind.PHOTO, 1L), entry(MediaKind.STICKER, 1L), entry(MediaKind.VOICE, 1L));
    assertThat(overview.edited()).isEqualTo(1);
    assertThat(overview.forwarded()).isEqualTo(1);
    assertThat(overview.reactions()).isEqualTo(5);
    assertThat(overview.first()).isEqualTo(Instant.parse("2024-02-28T12:00:00Z"));
    assertThat(overview.last()).isEqualTo(Instant.parse("2024-03-10T12:10:00Z"));
    assertThat(overview.activeDays()).isEqualTo(4);
  }

  @Test
  void analysesOnlyMessagesThatHaveText() {
    analyseInUtc();

    assertThat(analyzer.calls).isEqualTo(10);
  }

  @Test
  void reportsEachMemberMostActiveFirst() {
    ChatReport report = analyseInUtc();

    assertThat(report.members())
        .extracting(member -> member.sender().displayName())
        .containsExactly("Alice", "Bob", "Deleted account (user3)");
    MemberReport alice = member(report, "Alice");
    assertThat(alice.messages()).isEqualTo(6);
    assertThat(alice.textMessages()).isEqualTo(5);
    assertThat(alice.words()).isEqualTo(7);
    assertThat(alice.media())
        .containsExactly(entry(MediaKind.PHOTO, 1L), entry(MediaKind.STICKER, 1L));
    assertThat(alice.stickers()).isEqualTo(1);
    assertThat(alice.links()).isEqualTo(1);
    assertThat(alice.questions()).isEqualTo(1);
    assertThat(alice.repliesSent()).isEqualTo(3);
    assertThat(alice.repliesReceived()).isEqualTo(2);
    assertThat(alice.typicalResponse()).isEqualTo(Duration.ofSeconds((2400 + 600) / 2));
    assertThat(alice.languages()).containsExactly(entry(UK, 2L), entry(EN, 3L));
    assertThat(alice.topEmoji().entries()).containsExactly(new Ranked("☀️", 1));
    assertThat(alice.firstMessage()).isEqualTo(Instant.parse("2024-02-28T12:00:00Z"));
    assertThat(alice.lastMessage()).isEqualTo(Instant.parse("2024-03-10T12:10:00Z"));
    assertThat(alice.activeDays()).isEqualTo(4);
    assertThat(alice.sentiment()).isEqualTo(new SentimentSummary(5, (0.5 + 0.8) / 5, 2, 0));
  }

  @Test
  void countsVoiceForwardsEditsAndAverageLengthPerMember() {
    ChatReport report = analyseInUtc();
    MemberReport bob = member(report, "Bob");
    MemberReport ghost = member(report, "Deleted account (user3)");

    assertThat(bob.messages()).isEqualTo(5);
    assertThat(bob.voiceSeconds()).isEqualTo(42);
    assertThat(bob.forwards()).isEqualTo(1);
    assertThat(bob.words()).isEqualTo(5 + 2 + 1 + 2);
    assertThat(bob.averageLength()).isEqualTo((21 + 10 + 3 + 5) / 4.0);
    assertThat(bob.typicalResponse()).isEqualTo(Duration.ofSeconds((300 + 840) / 2));
    assertThat(bob.topWords().entries()).first().isEqualTo(new Ranked("ok", 2));
    assertThat(ghost.edits()).isEqualTo(1);
    assertThat(ghost.sentiment().negative()).isEqualTo(1);
  }

  @Test
  void resolvesRepliesWithinEachChatAndMeasuresTheTypicalDelay() {
    ReplySummary replies = analyseInUtc().replies();

    assertThat(replies.replies()).isEqualTo(6);
    assertThat(replies.resolved()).isEqualTo(4);
    assertThat(replies.toOtherChats()).isEqualTo(1);
    assertThat(replies.unresolved()).isEqualTo(1);
    assertThat(replies.timed()).isEqualTo(4);
    assertThat(replies.typicalResponse()).isEqualTo(Duration.ofSeconds((600 + 840) / 2));
    assertThat(replies.pairs())
        .containsExactly(new ReplyPair(ALICE, BOB, 2), new ReplyPair(BOB, ALICE, 2));
  }

  @Test
  void aRepeatedIdPointsAtItsLatestMessage() {
    Sender carol = Sender.of("user4", "Carol");
    ChatAnalytics analytics =
        new ChatAnalytics(text -> Analyses.build(text, EN, 0), AnalyticsOptions.in(ZoneOffset.UTC));
    analytics.accept(Messages.from(ALICE).id(5).at("2024-01-01T10:00:00Z").text("a").build());
    analytics.accept(
        Messages.from(BOB).id(5).at("2024-01-01T10:01:00Z").text("b").replyTo(5).build());
    analytics.accept(
        Messages.from(carol).id(5).at("2024-01-01T10:03:00Z").text("c").replyTo(5).build());

    assertThat(analytics.report().replies().pairs())
        .containsExactly(new ReplyPair(BOB, ALICE, 1), new ReplyPair(carol, BOB, 1));
  }

  @Test
  void countsActivityByWeekdayAndHourAndFillsQuietDays() {
    Activity activity = analyseInUtc().activity();

    assertThat(activity.weekHours().count(DayOfWeek.MONDAY, 9)).isEqualTo(4);
    assertThat(activity.weekHours().count(DayOfWeek.MONDAY, 10)).isEqualTo(1);
    assertThat(activity.weekHours().count(DayOfWeek.WEDNESDAY, 20)).isEqualTo(4);
    assertThat(activity.weekHours().count(DayOfWeek.WEDNESDAY, 12)).isEqualTo(1);
    assertThat(activity.weekHours().count(DayOfWeek.SUNDAY, 12)).isEqualTo(2);
    assertThat(activity.weekHours().max()).isEqualTo(4);
    assertThat(activity.days()).hasSize(12);
    assertThat(activity.days().get(0).start()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(activity.days().get(1).messages()).isZero();
    assertThat(activity.days().get(5).messages()).isEqualTo(5); // March 4
    assertThat(activity.months())
        .extracting(TimelinePoint::start, TimelinePoint::messages)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 2, 1), 1L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 1), 11L));
    TimelinePoint march6 = activity.days().get(7);
    assertThat(march6.sentiment())
        .isEqualTo(new SentimentSummary(4, (-0.6 + 0 + 0 + 0.4) / 4, 1, 1));
  }

  @Test
  void countsHoursInTheChosenTimeZone() {
    ChatReport report = analyse(AnalyticsOptions.in(ZoneId.of("Europe/Kyiv")));

    assertThat(report.overview().zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
    assertThat(report.activity().weekHours().count(DayOfWeek.WEDNESDAY, 22)).isEqualTo(4);
    assertThat(report.activity().weekHours().count(DayOfWeek.MONDAY, 11)).isEqualTo(4);
  }

  @Test
  void reportsLanguagesWordsEmojiStickersAndReactions() {
    Content content = analyseInUtc().content();

    assertThat(content.languages()).containsExactly(entry(UK, 2L), entry(RU, 2L), entry(EN, 6L));
    assertThat(content.topWords().get(EN).entries())
        .startsWith(new Ranked("ok", 2), new Ranked("alice", 1), new Ranked("are", 1));
    assertThat(content.topWords().get(UK).entries())
        .containsExactly(
            new Ranked("запис", 1),
            new Ranked("привіт", 1),
            new Ranked("старий", 1),
            new Ranked("усім", 1));
    assertThat(content.topEmoji().entries()).containsExactly(new Ranked("☀️", 1));
    assertThat(content.topStickers().entries()).containsExactly(new Ranked("🙂", 1));
    assertThat(content.topReactions().entries())
        .containsExactly(new Ranked("👍", 4), new Ranked("🔥", 1));
    assertThat(content.mostReacted())
        .extracting(ReactedMessage::id, ReactedMessage::reactions, ReactedMessage::excerpt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6L, 4L, "ну и дела"),
            org.assertj.core.groups.Tuple.tuple(7L, 1L, "новини тут"));
  }

  @Test
  void summarisesServiceEvents() {
    ServiceSummary service = analyseInUtc().service();

    assertThat(service.byKind())
        .containsExactly(
            entry(ServiceEvent.Kind.JOIN, 1L),
            entry(ServiceEvent.Kind.LEAVE, 1L),
            entry(ServiceEvent.Kind.PIN, 1L));
    assertThat(service.joined()).isEqualTo(2);
    assertThat(service.left()).isEqualTo(1);
    assertThat(service.actions().entries())
        .containsExactly(
            new Ranked("invite_members", 1),
            new Ranked("pin_message", 1),
            new Ranked("remove_members", 1));
  }

  @Test
  void analysesOnlyTheChosenWindowButResolvesRepliesToEarlierMessages() {
    ChatReport report =
        analyse(
            new AnalyticsOptions(
                ZoneOffset.UTC,
                10,
                Instant.parse("2024-03-04T09:03:00Z"),
                Instant.parse("2024-03-06T00:00:00Z")));

    assertThat(report.overview().messages()).isEqualTo(4); // ids 2, 3, 4, 5
    assertThat(report.overview().serviceEvents()).isEqualTo(1); // the pin
    assertThat(report.replies().resolved()).isEqualTo(3);
    assertThat(report.replies().pairs()).contains(new ReplyPair(BOB, ALICE, 2));
    assertThat(report.members()).extracting(MemberReport::messages).containsExactly(2L, 2L);
  }

  @Test
  void anEmptyHistoryGivesAnEmptyReport() {
    ChatReport report = new ChatAnalytics(analyzer, AnalyticsOptions.in(ZoneOffset.UTC)).report();

    assertThat(report.overview().messages()).isZero();
    assertThat(report.overview().first()).isNull();
    assertThat(report.members()).isEmpty();
    assertThat(report.activity().days()).isEmpty();
    assertThat(report.replies().typicalResponse()).isNull();
  }
}
