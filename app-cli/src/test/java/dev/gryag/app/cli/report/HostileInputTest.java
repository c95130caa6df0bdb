package dev.gryag.app.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.ScriptAnalyzer;
import dev.gryag.app.cli.support.ControlSequencesTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's readers and report writers against a table of attacks a hostile export can
 * carry. Each row is an export made here (nothing copied in) and what must come of it: a report in
 * every format that holds the text as text (no control sequence reaches a terminal, no markup an
 * HTML page, valid JSON), or exit code 3 with the file and position named, never a stack trace. The
 * backup reader's table is in {@code BackupRestoreIT}; the bot's intake has its own.
 */
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "</script><script>alert(1)</script><img src=x onerror=y>";
  private static final String HUNDRED_K = "Ж".repeat(100_000);

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** An attack the export carries and reads as data: every report must hold it harmlessly. */
  record Carried(String name, Consumer<ObjectNode> message, String shown) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** An attack that makes the file no export: exit 3 and one line naming the position. */
  record Refused(String name, String fileText, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Carried> carried() {
    return Stream.of(
        new Carried(
            "ANSI colour, cursor and OSC title sequences in a name and a text",
            m -> {
              m.put("from", "\u001b[31mRed\u001b[0m\u001b]0;pwned\u0007Name");
              m.put(
                  "text", "\u001b[2J\u001b[1;1Hcleared \u001b]8;;https://evil.example\u001b\\link");
            },
            "RedName"),
        new Carried(
            "C1 controls and a bare ESC",
            m -> m.put("from", "C1\u009b31m\u009d0;t\u009cName\u001b"),
            "C1Name"),
        new Carried(
            "bidi overrides and isolates (RTL spoofing)",
            m -> {
              m.put("from", "Olena \u202egnp.exe\u202c \u2066x\u2069");
              m.put("text", "\u202eпривіт\u202c");
            },
            "Olena"),
        new Carried(
            "NUL bytes in a name and a text",
            m -> {
              m.put("from", "Nul\u0000Name");
              m.put("text", "a\u0000b");
            },
            "Nul"),
        new Carried(
            "HTML and script in a name and a text",
            m -> {
              m.put("from", "Mallory " + SCRIPT);
              m.put("text", SCRIPT + " & <b>bold</b>");
            },
            "Mallory"),
        new Carried("a 100,000-character name", m -> m.put("from", "Long" + HUNDRED_K), "LongЖЖЖ"),
        new Carried(
            "a 1,000,000-character text", m -> m.put("text", "слово ".repeat(166_667)), "Olena"));
  }

  static Stream<Refused> refused() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    return Stream.of(
        new Refused(
            "JSON nested 100,000 deep",
            exportWithText(deep),
            "not a Telegram export: Document nesting depth (1001) exceeds the maximum allowed"),
        new Refused(
            "a number of 2,000 digits",
            exportWithText("1".repeat(2_000)),
            "not a Telegram export: Number value length (2000) exceeds the maximum allowed"),
        new Refused(
            "a date in the year 10000",
            exportText().replace("\"1704103201\"", "\"253402300800\""),
            "date"),
        new Refused(
            "a message id past the range of a long",
            exportText().replace("\"id\":1,", "\"id\":99999999999999999999,"),
            "id"),
        new Refused("the file cut off mid-message", exportText().substring(0, 150), "ends early"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("carried")
  void anAttackTheExportCarriesStaysTextInEveryReport(Carried attack) throws IOException {
    ObjectNode export = export();
    export.withArray("messages").forEach(m -> attack.message().accept((ObjectNode) m));
    Path file = temp.resolve("hostile.json");
    JSON.writeValue(file.toFile(), export);

    assertThat(run("analyze", file, "--tz", "UTC", "--color", "always"))
        .as(err.toString())
        .isZero();
    String terminal = out.toString();
    assertThat(terminal.chars().filter(c -> c != 0x1b && ControlSequencesTest.isHostile(c)))
        .as("no control character but the report's own colours")
        .isEmpty();
    assertThat(terminal.replaceAll("\u001b\\[[0-9;]*m", "").chars().filter(c -> c == 0x1b))
        .as("no escape sequence but the report's own colours (SGR)")
        .isEmpty();
    assertThat(terminal).contains(attack.shown()).doesNotContain("pwned", "evil.example");
    for (String line : terminal.replaceAll("\u001b\\[[0-9;]*m", "").split("\n")) {
      assertThat(TextCells.width(line))
          .as("report lines stay 100 columns wide")
          .isLessThanOrEqualTo(100);
    }

    Path page = temp.resolve("report.html");
    assertThat(run("analyze", file, "--format", "html", "-o", page)).as(err.toString()).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html.chars().filter(ControlSequencesTest::isHostile)).isEmpty();
    assertThat(html)
        .doesNotContain("<script>alert", "<img src=x", "<b>bold")
        .contains(attack.shown());
    assertThat(html).as("a name is kept cut to 256 characters").doesNotContain("Ж".repeat(300));

    assertThat(run("analyze", file, "--format", "json")).as(err.toString()).isZero();
    assertThat(JSON.readTree(out.toString()).path("overview").path("messages").asLong())
        .isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void anAttackThatIsNoExportExitsWithThreeNamingThePosition(Refused attack) throws IOException {
    Path file = Files.writeString(temp.resolve("hostile.json"), attack.fileText());

    assertThat(run("analyze", file)).isEqualTo(3);

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .matches(
            "gryag analyze: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*")
        .contains(attack.problem())
        .doesNotContain("Exception", "\tat ");
  }

  private int run(Object... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    var cli = CommandLines.with(ScriptAnalyzer::new);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(Stream.of(args).map(Object::toString).toArray(String[]::new));
  }

  private static ObjectNode export() {
    ObjectNode export = JSON.createObjectNode();
    export.put("name", "Hostile chat");
    export.put("type", "private_supergroup");
    export.put("id", 123);
    ArrayNode messages = export.putArray("messages");
    for (int id = 1; id <= 2; id++) {
      ObjectNode m = messages.addObject();
      m.put("id", id);
      m.put("type", "message");
      m.put("date", "2024-01-01T10:00:0" + id);
      m.put("date_unixtime", String.valueOf(1_704_103_200 + id));
      m.put("from", "Olena");
      m.put("from_id", "user111");
      m.put("text", "hello");
    }
    return export;
  }

  private static String exportText() {
    return export().toString();
  }

  private static String exportWithText(String rawJson) {
    return exportText().replaceFirst("\"text\":\"hello\"", "\"text\":" + rawJson);
  }
}
