package dev.gryag.app.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.JooqMessageStore;
import dev.gryag.adapter.persistence.JooqProfileStore;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.model.AuthorKind;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.MemberProfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gryag import} into a real embedded PostgreSQL, with the shared real exports. */
class ImportCommandIT {

  @TempDir static Path home;

  private static PostgresDatabase database;
  private static JooqMessageStore messages;
  private static JooqProfileStore profiles;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void startDatabase() {
    database =
        PostgresDatabase.start(
            DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString())));
    messages = new JooqMessageStore(database);
    profiles = new JooqProfileStore(database);
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli =
        CommandLines.with(LocalAnalyzer::withDefaults, Databases.lending(database, "gryag"));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private long figure(String label) {
    Matcher m = Pattern.compile("(?m)^  " + label + " +([\\d,]+)").matcher(out.toString());
    assertThat(m.find()).as("'%s' in%n%s", label, out).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  private void assertFigures(long read, long added, long present, long skipped, long service) {
    assertThat(figure("messages read")).isEqualTo(read);
    assertThat(figure("new")).isEqualTo(added);
    assertThat(figure("already present")).isEqualTo(present);
    assertThat(figure("skipped")).isEqualTo(skipped);
    assertThat(figure("service entries")).isEqualTo(service);
  }

  private int importShared(String name) {
    return run("import", Exports.shared(name).toString(), "--tz", "UTC", "--batch", "7");
  }

  @Test
  void importsTheSharedExportsWithExactCountsAndAgainAddsNothing() {
    assertThat(importShared("group-full-schema.json")).isZero();
    assertFigures(23, 23, 0, 0, 21);
    assertThat(figure("members folded")).isEqualTo(3);
    assertThat(messages.count(ChatId.of(-20001))).isEqualTo(23);
    assertThat(profiledMessages(ChatId.of(-20001))).isEqualTo(23);
    assertThat(profiles.find(ChatId.of(-20001), UserId.of(10001)).orElseThrow().messages())
        .isEqualTo(8);

    assertThat(importShared("personal-full-schema.json")).isZero();
    assertFigures(25, 25, 0, 0, 61);
    assertThat(messages.count(ChatId.of(10001))).isEqualTo(25);

    assertThat(importShared("channel-2020-old-format.json")).isZero();
    assertFigures(18, 18, 0, 0, 1);
    ChatId channel = ChatId.of(-1001292077344L);
    assertThat(messages.count(channel)).isEqualTo(18);
    assertThat(messages.recent(channel, 1).get(0).author().kind()).isEqualTo(AuthorKind.CHAT);
    assertThat(messages.recent(channel, 1).get(0).author().id().value()).isEqualTo(-1001292077344L);

    // Every message has the same id and the first one's sender is anonymised to a non-number.
    assertThat(importShared("group-anonymised.json")).isZero();
    assertFigures(250, 0, 0, 250, 6);
    assertThat(out.toString()).contains("repeated id 249, no id 0, sender without an id 1");

    for (String name :
        new String[] {
          "group-full-schema.json", "personal-full-schema.json", "channel-2020-old-format.json"
        }) {
      assertThat(importShared(name)).isZero();
      assertThat(figure("new")).as(name).isZero();
      assertThat(figure("members folded")).as(name).isZero();
    }
    assertThat(messages.count(ChatId.of(-20001))).isEqualTo(23);
    assertThat(messages.count(channel)).isEqualTo(18);
    assertThat(profiledMessages(ChatId.of(-20001))).isEqualTo(23);
    assertThat(profiledMessages(channel)).isEqualTo(18);
  }

  private static long profiledMessages(ChatId chat) {
    return profiles.profiles(chat).stream().mapToLong(MemberProfile::messages).sum();
  }

  @Test
  void theMessagesOfForgottenMembersUpToTheirTombstoneAndOfOptedOutOnesAreSkippedAndCounted() {
    ChatId chat = ChatId.of(-52);
    assertThat(run("forget", "7")).as("a member the store does not know yet").isZero();
    assertThat(out.toString()).contains("Forgot member 7 in 0 chat(s)");
    BotServices.over(database).people().optOut(chat, UserId.of(9));

    assertThat(run("import", Exports.resource("forgotten-members.json").toString())).isZero();

    assertFigures(6, 3, 0, 3, 0);
    assertThat(out.toString()).contains("of forgotten or opted-out members 3");
    assertThat(messages.recent(chat, 10))
        .extracting(m -> m.author().id().value() + ": " + m.text())
        .containsExactly("8: привіт", "8: бувай", "7: я повернулася");
    assertThat(profiles.find(chat, UserId.of(9))).isEmpty();
  }

  @Test
  void aDateOutOfRangeStopsTheImportWithThreeAndOneLineNamingThePosition() {
    String file = Exports.resource("far-future-date.json").toString();

    assertThat(run("import", file)).isEqualTo(3);
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .startsWith("gryag import: " + file + ":7:3: message 2:")
        .contains("'date_unixtime' is out of range, was '99999999999999'");
  }

  @Test
  void anImportStoppedHalfWayCompletesOnTheNextRunWithExactCounts() {
    String file = Exports.sample().toString();
    ChatId chat = ChatId.of(-1002210758813L);
    assertThat(run("import", file, "--batch", "20", "--limit", "50")).isZero();
    assertThat(out.toString()).contains("Stopped at --limit");
    long firstRun = figure("new");
    assertThat(firstRun).isEqualTo(60);
    assertThat(messages.count(chat)).isEqualTo(60);
    assertThat(profiledMessages(chat)).isEqualTo(60);

    assertThat(run("import", file, "--batch", "20")).isZero();
    assertFigures(143, 83, 60, 0, 8);
    assertThat(messages.count(chat)).isEqualTo(143);
    assertThat(profiledMessages(chat)).isEqualTo(143);
    assertThat(messages.find(MessageRef.of(chat.value(), 2))).isPresent();
    var all = messages.recent(chat, 200);
    assertThat(all).anyMatch(m -> m.replyToMessageId() != null);
    assertThat(all).anyMatch(m -> m.media() == MediaKind.PHOTO);
    assertThat(all).anyMatch(m -> m.media() == MediaKind.STICKER);
    assertThat(all).anyMatch(m -> m.editedAt() != null);
    assertThat(all).anyMatch(ChatMessage::forwarded);
    assertThat(all).allMatch(m -> m.author().id().value() > 0);
  }
}
