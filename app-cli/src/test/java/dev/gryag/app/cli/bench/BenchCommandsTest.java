package dev.gryag.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.adapter.telegram.export.ExportReadSummary;
import dev.gryag.adapter.telegram.export.TelegramExportReader;
import dev.gryag.app.cli.synthetic.GenerateExportCommand;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analytics.HistoryMessage;
import dev.gryag.core.analytics.HistorySink;
import dev.gryag.core.analytics.ServiceEvent;
import dev.gryag.core.model.MediaKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandsTest {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private Path generate(String name, int messages, long seed) {
    Path file = temp.resolve(name);
    assertThat(
            run(
                new GenerateExportCommand(),
                "--messages",
                Integer.toString(messages),
                "--seed",
                Long.toString(seed),
                "-o",
                file.toString()))
        .isZero();
    return file;
  }

  /** Everything the generated export holds, as the real reader reads it. */
  private static final class Census implements HistorySink {
    long messages;
    long services;
    final Set<MediaKind> media = EnumSet.noneOf(MediaKind.class);
    final Set<String> senders = new HashSet<>();
    long replies;
    long badReplies;
    long forwarded;
    long edited;
    long reacted;
    long rich;
    long deleted;
    long lastSecond = Long.MIN_VALUE;
    boolean ordered = true;

    @Override
    public void accept(HistoryEntry entry) {
      ordered &= entry.sentAt().getEpochSecond() >= lastSecond;
      lastSecond = entry.sentAt().getEpochSecond();
      if (entry instanceof ServiceEvent) {
        services++;
        return;
      }
      HistoryMessage m = (HistoryMessage) entry;
      messages++;
      media.add(m.media());
      senders.add(m.sender().key());
      deleted += m.sender().name().isEmpty() ? 1 : 0;
      if (m.replyToId() != null) {
        replies++;
        badReplies += m.replyToId() >= m.id() || m.replyToId() < 1 ? 1 : 0;
      }
      forwarded += m.forwarded() ? 1 : 0;
      edited += m.editedAt() != null ? 1 : 0;
      reacted += m.reactions().isEmpty() ? 0 : 1;
      rich += m.entities().isEmpty() ? 0 : 1;
    }
  }

  @Test
  void generatesAnExportTheReaderReadsWithEveryShapeInPlausibleShares() {
    Path file = generate("synthetic.json", 20_000, 7);
    Census census = new Census();

    ExportReadSummary summary =
        new TelegramExportReader(ExportReadOptions.strict(ZoneOffset.UTC)).read(file, census);

    assertThat(summary.entries()).isEqualTo(20_000);
    assertThat(census.services).isBetween(100L, 350L);
    assertThat(census.media)
        .containsAll(EnumSet.complementOf(EnumSet.of(MediaKind.CONTACT, MediaKind.OTHER)));
    assertThat(census.senders).hasSize(40);
    assertThat(census.deleted).isPositive();
    assertThat(census.replies).isBetween(4_000L, 6_000L);
    assertThat(census.badReplies).isZero();
    assertThat(census.forwarded).isBetween(200L, 700L);
    assertThat(census.edited).isBetween(600L, 1_500L);
    assertThat(census.reacted).isBetween(2_000L, 4_000L);
    assertThat(census.rich).isBetween(3_000L, 7_000L);
    assertThat(census.ordered).isTrue();
    assertThat(out.toString()).contains("wrote " + file + ": 20,000 entries");
  }

  @Test
  void theSameSeedGivesTheSameFile() throws IOException {
    Path first = generate("a.json", 500, 3);
    Path second = generate("b.json", 500, 3);
    Path other = generate("c.json", 500, 4);

    assertThat(Files.mismatch(first, second)).isEqualTo(-1);
    assertThat(Files.mismatch(first, other)).isNotEqualTo(-1);
  }

  @Test
  void parseCountsTokensOrEntries() {
    Path file = generate("p.json", 300, 1);
    out.getBuffer().setLength(0);

    assertThat(run(new ParseExportCommand(), file.toString(), "--mode", "read")).isZero();
    assertThat(out.toString()).startsWith("read " + file + ": 300 entries");

    out.getBuffer().setLength(0);
    assertThat(run(new ParseExportCommand(), file.toString())).isZero();
    assertThat(out.toString()).startsWith("tokens " + file + ": ").contains(" tokens, ");

    out.getBuffer().setLength(0);
    assertThat(run(new ParseExportCommand(), file.toString(), "--mode", "strings")).isZero();
    assertThat(out.toString()).startsWith("strings " + file + ": ").contains(" tokens, ");
  }

  @Test
  void gryagBenchListsTheExportCommands() {
    CommandLine cli = dev.gryag.app.cli.GryagCli.commandLine();
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("bench", "--help")).isZero();
    assertThat(out.toString()).contains("generate-export").contains("parse");

    Path file = temp.resolve("via-gryag.json");
    assertThat(cli.execute("bench", "generate-export", "--messages", "50", "-o", file.toString()))
        .isZero();
    assertThat(cli.execute("bench", "parse", file.toString(), "--mode", "READ")).isZero();
    assertThat(out.toString()).contains("read " + file + ": 50 entries");
  }
}
