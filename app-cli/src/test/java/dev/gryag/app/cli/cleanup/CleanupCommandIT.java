package dev.gryag.app.cli.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gryag cleanup} on a real embedded PostgreSQL with old and recent data. */
class CleanupCommandIT {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final ChatId CHAT = ChatId.of(-500);

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

  private int run(Map<String, String> environment, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli =
        CommandLines.with(
            LocalAnalyzer::withDefaults,
            Databases.lending(database, "gryag"),
            environment,
            Clock.fixed(NOW, ZoneOffset.UTC));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static void post(long id, long author, Duration ago) {
    ChatMessage message =
        ChatMessage.text(
            new MessageRef(CHAT, id),
            Author.person(author, "Member " + author, null),
            NOW.minus(ago),
            "hello number " + id);
    stores.messages().append(message);
    stores.people().observe(message, LocalAnalyzer.withDefaults().analyze(message.text()));
  }

  @Test
  void countsInADryRunThenDeletesWhatIsDueKeepingImportantMessages() {
    for (long id = 1; id <= 6; id++) {
      post(id, 7, Duration.ofDays(200));
    }
    stores.messages().markImportant(new MessageRef(CHAT, 1), true);
    for (long id = 7; id <= 9; id++) {
      post(id, 8, Duration.ofDays(1));
    }

    assertThat(run(Map.of(), "cleanup", "--dry-run")).isZero();
    assertThat(out.toString())
        .contains("(messages older than 90d, not summarised: no LLM key is set)")
        .contains("messages: would remove 5")
        .contains("profiles: would remove 1")
        .contains("facts: would remove 0");
    assertThat(stores.messages().count(CHAT)).isEqualTo(9);

    assertThat(run(Map.of(), "cleanup")).isZero();
    assertThat(out.toString())
        .contains("messages: removed 5, 0 still due")
        .contains("profiles: removed 1, 0 still due");
    assertThat(stores.messages().count(CHAT)).isEqualTo(4);
    assertThat(stores.messages().find(new MessageRef(CHAT, 1))).isPresent();
    assertThat(stores.profiles().find(CHAT, UserId.of(7))).isEmpty();
    assertThat(stores.profiles().find(CHAT, UserId.of(8))).isPresent();

    // The bot's setting applies when no option is given: recent messages go too.
    assertThat(run(Map.of(CleanupCommand.RETENTION_MESSAGES, "12h"), "cleanup", "--dry-run"))
        .isZero();
    assertThat(out.toString()).contains("older than 12h").contains("messages: would remove 3");
  }

  @Test
  void aMalformedAgeIsAUsageErrorNamingTheValue() {
    assertThat(run(Map.of(), "cleanup", "--messages-older-than", "soon")).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--messages-older-than': expected a duration like 90s, 15m, 2h, 7d, 1h30m or PT90S,"
                + " got \"soon\"");
    assertThat(run(Map.of(), "cleanup", "--messages-older-than", "30s")).isEqualTo(2);
    assertThat(err.toString()).contains("--messages-older-than must be at least 1 minute, was 30s");
    assertThat(run(Map.of(CleanupCommand.RETENTION_MESSAGES, "5s"), "cleanup")).isEqualTo(2);
    assertThat(err.toString())
        .contains("GRYAG_RETENTION_MESSAGES: expected a duration from 1h to 36500d, got \"5s\"");
  }
}
