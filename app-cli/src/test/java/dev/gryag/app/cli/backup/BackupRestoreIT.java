package dev.gryag.app.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.cli.support.Databases;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.config.Sizes;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.ExtractedFact;
import dev.gryag.core.personalization.FactCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gryag backup} and {@code gryag restore} between two real embedded PostgreSQL servers. */
class BackupRestoreIT {

  /** The chat the bombed backup's rows are moved to, so no other test's restore holds them. */
  private static final ChatId BOMBED = ChatId.of(-1009999999999L);

  @TempDir static Path homeA;
  @TempDir static Path homeB;
  @TempDir Path files;

  private static PostgresDatabase source;
  private static PostgresDatabase target;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void startDatabases() {
    source = start(homeA);
    target = start(homeB);
  }

  private static PostgresDatabase start(Path home) {
    return PostgresDatabase.start(
        DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString())));
  }

  @AfterAll
  static void stopDatabases() {
    source.close();
    target.close();
  }

  private int run(PostgresDatabase database, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli =
        CommandLines.with(LocalAnalyzer::withDefaults, Databases.lending(database, "gryag"));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static List<String> rows(Path backup) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(backup)), StandardCharsets.UTF_8))) {
      return in.lines().skip(1).sorted().toList();
    }
  }

  @Test
  void aRestoredBackupEqualsTheSourceAndRestoringAgainAddsNothing() throws IOException {
    assertThat(run(source, "import", Exports.sample().toString(), "-q")).isZero();
    BotServices stores = BotServices.over(source);
    ChatId chat = ChatId.of(-1002210758813L);
    UserId member = stores.profiles().profiles(chat).get(0).member();
    stores
        .people()
        .remember(
            chat,
            member,
            new ExtractedFact(FactCategory.LOCATION, "home.city", "Ворохта", 0.8),
            new MessageRef(chat, 2),
            Instant.parse("2026-01-02T03:04:05.123456Z"));
    stores.people().optOut(chat, stores.profiles().profiles(chat).get(1).member());

    Path first = files.resolve("first.jsonl.gz");
    assertThat(run(source, "backup", first.toString())).isZero();
    assertThat(out.toString()).containsPattern("message +143 rows");
    List<String> original = rows(first);
    assertThat(original)
        .anyMatch(l -> l.startsWith("{\"table\":\"member_fact\"") && l.contains("Ворохта"))
        .anyMatch(l -> l.startsWith("{\"table\":\"member_preferences\""))
        .anyMatch(l -> l.startsWith("{\"table\":\"cursor\""));

    assertThat(run(target, "restore", first.toString())).isZero();
    assertThat(out.toString()).containsPattern("message +143 rows, 143 added, 0 present");
    Path second = files.resolve("second.jsonl.gz");
    assertThat(run(target, "backup", second.toString())).isZero();
    assertThat(rows(second)).isEqualTo(original);

    assertThat(run(target, "restore", first.toString())).isZero();
    assertThat(out.toString()).containsPattern("message +143 rows, 0 added, 143 present");
    assertThat(BotServices.over(target).messages().count(chat)).isEqualTo(143);
    assertThat(BotServices.over(target).messages().search(chat, "Карпати", Instant.now(), 5))
        .as("the search vector is rebuilt on restore")
        .isNotEmpty();
  }

  @Test
  void aBackupThatInflatesPastMaxBytesRestoresNothingAndARerunRestoresAll() throws IOException {
    assertThat(run(source, "import", Exports.sample().toString(), "-q")).isZero();
    Path backup = files.resolve("source.jsonl.gz");
    assertThat(run(source, "backup", backup.toString())).isZero();
    String header;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(backup)), StandardCharsets.UTF_8))) {
      header = in.readLine();
    }
    String rows =
        String.join("\n", rows(backup)).replace("-1002210758813", String.valueOf(BOMBED.value()))
            + "\n";
    String good = header + "\n" + rows.repeat(8);
    Path bomb = files.resolve("bomb.jsonl.gz");
    Files.write(bomb, CappedInputTest.bomb(good, 50));
    assertThat(Files.size(bomb)).isLessThan(200_000);
    long cap = good.getBytes(StandardCharsets.UTF_8).length + (1 << 20);

    assertThat(run(target, "restore", "--max-bytes", String.valueOf(cap), bomb.toString()))
        .isEqualTo(3);
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "gryag restore: "
                + bomb
                + ": decompresses to more than "
                + Sizes.format(cap)
                + " (--max-bytes); nothing was restored");
    assertThat(BotServices.over(target).messages().count(BOMBED))
        .as("the batches already inserted are rolled back")
        .isZero();

    Path whole = files.resolve("whole.jsonl.gz");
    Files.write(whole, CappedInputTest.bomb(good, 0));
    assertThat(run(target, "restore", "--max-bytes", String.valueOf(cap), whole.toString()))
        .isZero();
    assertThat(BotServices.over(target).messages().count(BOMBED)).isEqualTo(143);
  }

  @Test
  void aRestoreLeavesOutWhatForgottenMembersWroteAndRestoresTheBackupsTombstones(
      @TempDir Path homeC) throws IOException, SQLException {
    try (PostgresDatabase own = start(homeC)) {
      assertThat(run(own, "import", Exports.sample().toString(), "-q")).isZero();
      BotServices stores = BotServices.over(own);
      ChatId chat = ChatId.of(-1002210758813L);
      UserId member = stores.profiles().profiles(chat).get(0).member();
      long theirs =
          stores.messages().recent(chat, 200).stream()
              .filter(m -> m.author().id().equals(member))
              .count();
      Instant at = Instant.parse("2026-01-02T03:04:05Z");
      stores
          .people()
          .remember(
              chat,
              member,
              new ExtractedFact(FactCategory.LOCATION, "home.city", "Ворохта", 0.8),
              null,
              at);
      stores
          .get(ChatSummaryStore.class)
          .save(
              new ChatSummary(chat, 1, 9, at, at, 9, "Про Ворохту.", "gemini", at, Set.of(member)));
      Path older = files.resolve("older.jsonl.gz");
      assertThat(run(own, "backup", older.toString())).isZero();

      assertThat(run(own, "forget", member.toString())).isZero();
      Path after = files.resolve("after.jsonl.gz");
      assertThat(run(own, "backup", after.toString())).isZero();

      assertThat(run(own, "restore", older.toString())).as("%s", err).isZero();
      assertThat(out.toString())
          .containsPattern(
              "message +143 rows, 0 added, %d present already, %d of forgotten members left out"
                  .formatted(143 - theirs, theirs))
          .containsPattern("member_profile .* 1 of forgotten members left out")
          .containsPattern("member_fact .* 1 of forgotten members left out")
          .containsPattern("chat_summary .* 1 of forgotten members left out");
      assertThat(stores.messages().count(chat)).isEqualTo(143 - theirs);
      assertThat(stores.profiles().find(chat, member)).isEmpty();
      assertThat(stores.facts().facts(chat, member)).isEmpty();

      // A database that never forgot them learns it from the newer backup, then keeps them out.
      try (Connection c = own.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("delete from gryag.forgotten_member");
      }
      assertThat(run(own, "restore", after.toString())).isZero();
      assertThat(out.toString()).containsPattern("forgotten_member +1 rows, 1 added");
      assertThat(stores.get(Tombstones.class).find(chat, member)).isPresent();
      assertThat(run(own, "restore", older.toString())).as("%s", err).isZero();
      assertThat(stores.messages().count(chat)).isEqualTo(143 - theirs);
    }
  }

  @Test
  void everyTableHoldingAMembersRowsIsOneARestoreFilters() throws SQLException {
    List<String> tables = new java.util.ArrayList<>();
    try (Connection c = target.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select distinct table_name from information_schema.columns"
                    + " where table_schema = 'gryag'"
                    + " and column_name in ('member_id', 'author_id', 'authors', 'user_id')")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }

    assertThat(tables)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(
                    ForgottenRows.ownedTables().stream(),
                    java.util.stream.Stream.of("forgotten_member"))
                .toList());
  }

  @Test
  void maxBytesTakesTheSizeGrammar() {
    assertThat(run(target, "restore", "--max-bytes", "lots", "x.gz")).isEqualTo(2);
    assertThat(err.toString()).contains("expected a size like 4096, 512KiB or 10MB");
  }

  @Test
  void refusesToOverwriteAndRejectsWhatIsNotABackup() throws IOException {
    Path existing = Files.writeString(files.resolve("notes.txt"), "not a backup\n");
    assertThat(run(source, "backup", existing.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("exists; give --force");
    assertThat(run(target, "restore", existing.toString())).isEqualTo(3);
    assertThat(err.toString()).startsWith("gryag restore: cannot read " + existing);
    assertThat(run(target, "restore", files.resolve("missing.gz").toString())).isEqualTo(3);
    assertThat(err.toString()).contains("no such file");
  }

  /** The rows of one chat of the sample, moved to {@code chat}, after the backup's header. */
  private List<String> headerAndRowsOf(ChatId chat) throws IOException {
    assertThat(run(source, "import", Exports.sample().toString(), "-q")).isZero();
    Path backup = files.resolve("for-" + chat.value() + ".jsonl.gz");
    assertThat(run(source, "backup", backup.toString())).isZero();
    String header;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(backup)), StandardCharsets.UTF_8))) {
      header = in.readLine();
    }
    List<String> lines = new java.util.ArrayList<>();
    lines.add(header);
    rows(backup).stream()
        .filter(l -> l.startsWith("{\"table\":\"message\""))
        .map(l -> l.replace("-1002210758813", String.valueOf(chat.value())))
        .forEach(lines::add);
    return lines;
  }

  private Path gzip(String fileName, byte[]... parts) throws IOException {
    Path file = files.resolve(fileName);
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      for (byte[] part : parts) {
        out.write(part);
      }
    }
    return file;
  }

  @Test
  void eachRowIsCheckedAgainstTheSchemaAndABadOneNamesItsLineAndRestoresNothing()
      throws IOException {
    ChatId chat = ChatId.of(-1008888888888L);
    List<String> good = headerAndRowsOf(chat);
    String message =
        good.stream().filter(l -> l.startsWith("{\"table\":\"message\"")).findFirst().orElseThrow();
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Map<String, String> attacks =
        new java.util.LinkedHashMap<>(
            Map.of(
                message.replaceFirst("\"author_id\":-?\\d+", "\"author_id\":\"abc\""),
                "message.author_id: expected a whole number, got text \"abc\"",
                message.replace("\"row\":{", "\"row\":{\"evil\":1,"),
                "message.evil: no such column",
                message.replace("\"text\":\"", "\"text\":\"nul\\u0000 "),
                "message.text: text with a NUL character",
                message.replaceFirst(
                    "\"sent_at\":\"[^\"]*\"", "\"sent_at\":\"1969-12-31T23:59:59+00:00\""),
                "message.sent_at: out of range (1970..9999): \"1969-12-31T23:59:59+00:00\"",
                message.replaceFirst("\"sent_at\":\"[^\"]*\",", ""),
                "message.sent_at: missing; the column takes no nulls",
                message.replaceFirst("\"message_id\":\\d+", "\"message_id\":99999999999999999999"),
                "message.message_id: expected a whole number, got the number 99999999999999999999",
                message.replaceFirst("\"role\":\"[A-Z]+\"", "\"role\":\"ALIEN\""),
                "message: new row for relation \"message\" violates check constraint \"message_role_known\"",
                "{\"table\":\"message\",\"row\":{\"entities\":" + deep + "}}",
                "not valid JSON: Document nesting depth"));
    int line = good.size() + 1;
    for (Map.Entry<String, String> attack : attacks.entrySet()) {
      List<String> lines = new java.util.ArrayList<>(good);
      lines.add(attack.getKey());
      lines.addAll(good.subList(1, 3));
      Path backup =
          gzip("bad.jsonl.gz", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

      assertThat(run(target, "restore", backup.toString())).as(attack.getValue()).isEqualTo(3);
      assertThat(err.toString())
          .as(attack.getValue())
          .startsWith("gryag restore: " + backup + ":" + line + ": " + attack.getValue());
      assertThat(BotServices.over(target).messages().count(chat)).isZero();
    }
  }

  @Test
  void aLineThatNeverEndsOrIsNotUtf8IsRefusedWithItsNumber() throws IOException {
    String header = headerAndRowsOf(ChatId.of(-1007777777777L)).get(0) + "\n";
    byte[] endless = new byte[BackupReader.MAX_LINE_BYTES + 1];
    java.util.Arrays.fill(endless, (byte) 'a');
    Path long_ = gzip("long.jsonl.gz", header.getBytes(StandardCharsets.UTF_8), endless);
    assertThat(run(target, "restore", long_.toString())).isEqualTo(3);
    assertThat(err.toString())
        .startsWith("gryag restore: " + long_ + ":2: a line longer than 16MiB");

    Path latin =
        gzip(
            "latin.jsonl.gz",
            header.getBytes(StandardCharsets.UTF_8),
            new byte[] {'{', (byte) 0xE9, '}', '\n'});
    assertThat(run(target, "restore", latin.toString())).isEqualTo(3);
    assertThat(err.toString()).startsWith("gryag restore: " + latin + ":2: not valid UTF-8");
  }
}
