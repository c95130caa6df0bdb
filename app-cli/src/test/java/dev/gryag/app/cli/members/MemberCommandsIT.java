package dev.gryag.app.cli.members;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactCategory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gryag profile} and {@code gryag forget} over an imported real export. */
class MemberCommandsIT {

  private static final ChatId TEAM = ChatId.of(-20001);
  private static final ChatId OTHER = ChatId.of(-777);
  private static final UserId ALICE = UserId.of(10001);

  @TempDir static Path home;

  private static PostgresDatabase database;
  private static BotServices stores;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void startDatabase() {
    database =
        PostgresDatabase.start(
            DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString())));
    stores = BotServices.over(database);
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

  @Test
  void showsWhatIsKnownThenForgetsTheMemberEverywhere() {
    assertThat(
            run("import", Exports.shared("group-full-schema.json").toString(), "--tz", "UTC", "-q"))
        .isZero();
    Instant at = Instant.parse("2026-02-01T10:00:00Z");
    stores
        .people()
        .remember(
            TEAM,
            ALICE,
            new ExtractedFact(FactCategory.LOCATION, "home.city", "Lviv", 0.9),
            new MessageRef(TEAM, 2),
            at);
    stores
        .people()
        .remember(
            OTHER,
            ALICE,
            new ExtractedFact(FactCategory.WORK, "work.role", "baker", 0.9),
            null,
            at);

    assertThat(run("profile", "10001")).isZero();
    assertThat(out.toString())
        .contains("Member 10001 in chat -20001:")
        .contains("Member 10001 in chat -777:")
        .contains("Lviv")
        .contains("baker");
    String inTeam = out.toString().substring(0, out.toString().indexOf("in chat -777:"));
    assertThat(inTeam).contains("Lviv").doesNotContain("(no profile)").doesNotContain("baker");

    ChatSummaryStore summaries = stores.get(ChatSummaryStore.class);
    summaries.save(
        new ChatSummary(TEAM, 1, 5, at, at, 5, "Про реліз.", "gemini", at, Set.of(ALICE)));
    ChatSummary others =
        new ChatSummary(TEAM, 6, 9, at, at, 4, "Про каву.", "gemini", at, Set.of(UserId.of(7)));
    summaries.save(others);

    assertThat(run("forget", "10001")).isZero();
    assertThat(out.toString())
        .contains("chat -20001: 8 messages")
        .contains("Forgot member 10001 in 2 chat(s): 8 messages")
        .contains(", 1 summaries.")
        .contains("Their tombstone (every chat, as of ");
    assertThat(summaries.recent(TEAM, 10)).containsExactly(others);
    assertThat(stores.get(Tombstones.class).find(OTHER, ALICE))
        .hasValueSatisfying(t -> assertThat(t.chat()).as("every chat").isNull());

    assertThat(new MemberChats(database.dataSource(), "gryag").of(ALICE)).isEmpty();
    assertThat(stores.profiles().find(TEAM, ALICE)).isEmpty();
    assertThat(stores.facts().facts(TEAM, ALICE)).isEmpty();
    assertThat(stores.facts().facts(OTHER, ALICE)).isEmpty();
    assertThat(stores.messages().count(TEAM)).isEqualTo(23 - 8);
    assertThat(stores.profiles().profiles(TEAM))
        .allSatisfy(p -> assertThat(p.replies().to()).doesNotContainKey("10001"))
        .allSatisfy(p -> assertThat(p.replies().from()).doesNotContainKey("10001"));

    assertThat(run("profile", "10001")).isZero();
    assertThat(out.toString()).contains("Nothing is known about member 10001.");
  }

  @Test
  void aMalformedOrUnknownUserIsAUsageError() {
    assertThat(run("profile", "not a user!")).isEqualTo(2);
    assertThat(err.toString()).contains("USER must be a numeric id or a @username");
    assertThat(run("forget", "@nobody_here")).isEqualTo(2);
    assertThat(err.toString()).contains("no member with the username @nobody_here is known");
  }
}
