package dev.gryag.app.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.ScriptAnalyzer;
import dev.gryag.app.cli.support.ControlSequencesTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path temp;

  private int run(Object... args) {
    var cli = CommandLines.with(ScriptAnalyzer::new);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> strings = new ArrayList<>();
    for (Object arg : args) {
      strings.add(arg.toString());
    }
    return cli.execute(strings.toArray(String[]::new));
  }

  private JsonNode runJson(Object... args) throws IOException {
    List<Object> all = new ArrayList<>(List.of("analyze", "--format", "json"));
    all.addAll(List.of(args));
    if (!all.contains("--tz")) {
      all.addAll(List.of("--tz", "UTC"));
    }
    assertThat(run(all.toArray())).as(err.toString()).isZero();
    return json.readTree(out.toString());
  }

  @Test
  void printsATerminalReportOfTheSampleThatFitsOneHundredColumns() {
    assertThat(run("analyze", Exports.sample(), "--tz", "Europe/Kyiv")).as(err.toString()).isZero();

    String report = out.toString();
    assertThat(report)
        .contains("Похід у Карпати 🏔 6–8 червня")
        .contains("Overview", "Members", "Who replies to whom", "Activity by weekday and hour")
        .contains("Timeline and mood", "Languages", "Top words by language", "Reactions")
        .contains("Олена Коваль", "Sam Taylor", "Deleted account (use…")
        .doesNotContain("\u001B[");
    for (String line : report.split("\n")) {
      assertThat(TextCells.width(line)).as(line).isLessThanOrEqualTo(100);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void coloursTheTerminalReportOnlyWhenAsked() {
    assertThat(run("analyze", Exports.sample(), "--color", "always")).isZero();

    assertThat(out.toString()).contains("\u001B[");
  }

  @Test
  void writesTheDocumentedJsonDocument() throws IOException {
    JsonNode report = runJson(Exports.sample());

    assertThat(report.path("schema").asText()).isEqualTo("gryag.chat-report");
    assertThat(report.path("version").asInt()).isEqualTo(1);
    assertThat(report.at("/source/chats/0/name").asText())
        .isEqualTo("Похід у Карпати 🏔 6–8 червня");
    assertThat(report.at("/settings/timeZone").asText()).isEqualTo("UTC");
    JsonNode overview = report.path("overview");
    assertThat(overview.path("messages").asLong()).isEqualTo(143);
    assertThat(overview.path("serviceEvents").asLong()).isEqualTo(8);
    assertThat(overview.path("members").asLong()).isEqualTo(7);
    assertThat(overview.path("edited").asLong()).isEqualTo(3);
    assertThat(overview.path("forwarded").asLong()).isEqualTo(1);
    assertThat(overview.path("reactions").asLong()).isEqualTo(87);
    assertThat(overview.at("/media/photo").asLong()).isEqualTo(8);
    assertThat(overview.at("/media/sticker").asLong()).isEqualTo(4);
    assertThat(report.path("members"))
        .extracting(m -> m.path("name").asText(), m -> m.path("messages").asLong())
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("Олена Коваль", 38L),
            org.assertj.core.groups.Tuple.tuple("Sam Taylor", 26L),
            org.assertj.core.groups.Tuple.tuple("Тарас Мельник", 26L));
    assertThat(report.at("/replies/replies").asLong()).isEqualTo(48);
    assertThat(report.at("/service/byKind/pin").asLong()).isEqualTo(2);
    assertThat(report.at("/service/byKind/leave").asLong()).isEqualTo(1);
    assertThat(report.at("/activity/weekdayHours")).hasSize(7);
    assertThat(report.at("/activity/weekdayHours/0")).hasSize(24);
    assertThat(report.at("/languages/uk").asLong()).isPositive();
    assertThat(report.at("/languages/ru").asLong()).isPositive();
    assertThat(report.at("/languages/en").asLong()).isPositive();
  }

  @Test
  void countsTheAnonymisedSharedExportExactly() throws IOException {
    JsonNode report = runJson(Exports.shared("group-anonymised.json"));

    assertThat(report.at("/overview/messages").asLong()).isEqualTo(250);
    assertThat(report.at("/overview/serviceEvents").asLong()).isEqualTo(6);
    assertThat(report.at("/overview/members").asLong()).isEqualTo(6);
    assertThat(report.at("/overview/media/photo").asLong()).isEqualTo(14);
    assertThat(report.at("/overview/media/sticker").asLong()).isEqualTo(13);
    assertThat(report.at("/overview/media/document").asLong()).isEqualTo(3);
    assertThat(report.at("/overview/edited").asLong()).isEqualTo(16);
    assertThat(report.at("/overview/activeDays").asLong()).isEqualTo(13);
    assertThat(report.at("/overview/first").asText()).isEqualTo("2022-03-21T11:11:11Z");
    assertThat(report.at("/overview/last").asText()).isEqualTo("2022-09-11T11:11:11Z");
    assertThat(report.path("members"))
        .extracting(m -> m.path("messages").asLong())
        .containsExactly(127L, 86L, 19L, 10L, 6L, 2L);
    assertThat(report.at("/replies/replies").asLong()).isEqualTo(25);
    assertThat(report.at("/service/byKind/join").asLong()).isEqualTo(3);
    assertThat(report.at("/service/joined").asLong()).isEqualTo(3);
    assertThat(report.at("/service/byKind/pin").asLong()).isEqualTo(2);
    assertThat(report.at("/topStickers/entries/0/count").asLong()).isEqualTo(2);
  }

  @Test
  void countsTheGroupWithEveryServiceActionAndThePersonalChat() throws IOException {
    JsonNode group = runJson(Exports.shared("group-full-schema.json"));
    assertThat(group.at("/overview/messages").asLong()).isEqualTo(23);
    assertThat(group.at("/source/unsupported").asLong()).isEqualTo(1);
    assertThat(group.at("/overview/media/poll").asLong()).isEqualTo(5);
    assertThat(group.at("/overview/reactions").asLong()).isEqualTo(5);
    assertThat(group.at("/topReactions/entries/0/value").asText()).isEqualTo("👍");
    assertThat(group.at("/mostReacted/0/id").asLong()).isEqualTo(33);
    assertThat(group.at("/service/byKind/call").asLong()).isEqualTo(3);
    assertThat(group.at("/replies/resolved").asLong()).isEqualTo(1);

    out.getBuffer().setLength(0);
    JsonNode personal = runJson(Exports.shared("personal-full-schema.json"));
    assertThat(personal.at("/overview/messages").asLong()).isEqualTo(25);
    assertThat(personal.at("/overview/media/voice").asLong()).isEqualTo(1);
    assertThat(personal.at("/replies/toOtherChats").asLong()).isEqualTo(1);
    assertThat(personal.path("members"))
        .extracting(m -> m.path("voiceSeconds").asLong())
        .containsExactlyInAnyOrder(11L, 0L);
    assertThat(personal.at("/topReactions/entries"))
        .extracting(e -> e.path("value").asText(), e -> e.path("count").asLong())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("⭐ paid", 3L),
            org.assertj.core.groups.Tuple.tuple("🔥", 2L),
            org.assertj.core.groups.Tuple.tuple("custom:1234567890123456789", 1L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "channel-2020-old-format.json",
        "group-anonymised.json",
        "group-full-schema.json",
        "personal-full-schema.json"
      })
  void everySharedExportGivesEveryFormat(String name) throws IOException {
    Path file = Exports.shared(name);
    for (String format : List.of("terminal", "json", "html")) {
      Path report = temp.resolve(name + "." + format);
      assertThat(run("analyze", file, "--format", format, "-o", report, "-q"))
          .as(format + ": " + err)
          .isZero();
      assertThat(Files.size(report)).isPositive();
    }
  }

  @Test
  void writesOneSelfContainedHtmlPageWithChartsAndEscapedNames() throws IOException {
    Path page = temp.resolve("report.html");

    assertThat(
            run("analyze", Exports.resource("tricky-names.json"), "--format", "html", "-o", page))
        .isZero();

    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!doctype html>").endsWith("</html>\n");
    assertThat(html)
        .contains("<svg")
        .contains("class=\"chart heatmap\"")
        .contains("class=\"chart columns\"")
        .contains("class=\"chart mood\"")
        .contains("class=\"chart bars\"")
        .contains("class=\"chart donut\"");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain(" src=")
        .doesNotContain("url(");
    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http://")
        .doesNotContain("https://");
    assertThat(html)
        .contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(err.toString()).contains("wrote " + page);
  }

  @Test
  void cutsWideNamesToTheTerminalWidth() {
    assertThat(run("analyze", Exports.resource("tricky-names.json"))).isZero();

    for (String line : out.toString().split("\n")) {
      assertThat(TextCells.width(line)).as(line).isLessThanOrEqualTo(100);
    }
    assertThat(out.toString()).contains("中文名字很长很长很长… ");
  }

  @Test
  void chatTextCannotDriveTheAnalystsTerminal() {
    assertThat(run("analyze", Exports.resource("hostile-text.json"), "--tz", "UTC"))
        .as(err.toString())
        .isZero();

    String report = out.toString();
    assertThat(report.chars().filter(ControlSequencesTest::isHostile))
        .as(report.replace('\u001b', '␛'))
        .isEmpty();
    assertThat(report)
        .contains("Evil chat", "RedName", "TitleSetter", "Олена реверс isolate")
        .doesNotContain("pwned", "owned", "evil.example", "c1 title");
    assertThat(report.replace('\u001b', '␛').lines())
        .anySatisfy(line -> assertThat(line).contains("привіт"));
  }

  @Test
  void theHtmlReportCarriesNoControlCharactersFromTheChat() throws IOException {
    Path page = temp.resolve("hostile.html");

    assertThat(
            run("analyze", Exports.resource("hostile-text.json"), "--format", "html", "-o", page))
        .isZero();

    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html.chars().filter(ControlSequencesTest::isHostile)).isEmpty();
    assertThat(html).contains("RedName", "Олена");
  }

  @Test
  void aMalformedExportExitsWithThreeAndOneLineNamingThePosition() {
    assertThat(run("analyze", Exports.resource("not-json.json"))).isEqualTo(3);

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .startsWith("gryag analyze: " + Exports.resource("not-json.json") + ":4:31: not valid JSON")
        .contains("expecting comma");
  }

  @Test
  void aDateOutOfRangeExitsWithThreeAndOneLineNamingThePosition() {
    assertThat(run("analyze", Exports.resource("far-future-date.json"))).isEqualTo(3);

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .startsWith(
            "gryag analyze: " + Exports.resource("far-future-date.json") + ":7:3: message 2:")
        .contains("'date_unixtime' is out of range, was '99999999999999'");
  }

  @Test
  void aMistypedMessageExitsWithThreeUnlessLenient() throws IOException {
    Path file = Exports.resource("one-bad-message.json");
    assertThat(run("analyze", file)).isEqualTo(3);
    assertThat(err.toString())
        .contains(":7:")
        .contains("message 2: 'text' should be a string or an array of text parts, found a number")
        .contains("--lenient");

    err.getBuffer().setLength(0);
    JsonNode report = runJson(file, "--lenient");
    assertThat(report.at("/overview/messages").asLong()).isEqualTo(2);
    assertThat(report.at("/source/skipped").asLong()).isEqualTo(1);
    assertThat(report.at("/source/problems/0").asText()).startsWith("line 7, column ");
    assertThat(err.toString()).contains("skipped 1 unreadable message(s)");
  }

  @Test
  void aMissingFileExitsWithThree() {
    assertThat(run("analyze", temp.resolve("nope.json"))).isEqualTo(3);

    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void pickingAChatThatIsNotThereIsAUsageErrorThatListsTheChats() {
    assertThat(run("analyze", Exports.sample(), "--chat", "Family")).isEqualTo(2);

    assertThat(err.toString())
        .contains("no chat matches --chat 'Family'")
        .contains("'Похід у Карпати 🏔 6–8 червня' (id 2210758813)");
  }

  @Test
  void picksTheChatByNameOrId() throws IOException {
    JsonNode byId = runJson(Exports.sample(), "--chat", "2210758813");

    assertThat(byId.at("/overview/messages").asLong()).isEqualTo(143);
  }

  @Test
  void analysesOnlyThePeriodAskedFor() throws IOException {
    JsonNode june = runJson(Exports.sample(), "--since", "2025-06-06", "--until", "2025-06-08");

    assertThat(june.at("/settings/since").asText()).isEqualTo("2025-06-06T00:00:00Z");
    assertThat(june.at("/settings/until").asText()).isEqualTo("2025-06-09T00:00:00Z");
    assertThat(june.at("/overview/first").asText()).startsWith("2025-06-06");
    assertThat(june.at("/overview/last").asText()).startsWith("2025-06-08");
    assertThat(june.at("/activity/days")).hasSize(3);
  }

  @Test
  void countsHoursInTheChosenTimeZone() throws IOException {
    JsonNode utc = runJson(Exports.resource("tricky-names.json"));
    out.getBuffer().setLength(0);
    JsonNode kyiv = runJson(Exports.resource("tricky-names.json"), "--tz", "Europe/Kyiv");

    // 21:30Z, 22:30Z and 22:31Z on Thursday 2024-02-29; Kyiv is UTC+2 then.
    assertThat(utc.at("/activity/weekdayHours/3/21").asLong()).isEqualTo(1);
    assertThat(utc.at("/activity/weekdayHours/3/22").asLong()).isEqualTo(2);
    assertThat(kyiv.at("/activity/weekdayHours/3/23").asLong()).isEqualTo(1);
    assertThat(kyiv.at("/activity/weekdayHours/4/0").asLong()).isEqualTo(2);
    assertThat(kyiv.at("/activity/days")).hasSize(2);
    assertThat(utc.at("/activity/days")).hasSize(1);
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("analyze", Exports.sample(), "--top", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--top must be between 1 and 1000");
    assertThat(run("analyze", Exports.sample(), "--since", "last tuesday")).isEqualTo(2);
    assertThat(err.toString()).contains("'last tuesday' is not a date");
    assertThat(run("analyze", Exports.sample(), "--since", "2025-06-09", "--until", "2025-06-01"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("is not before --until");
    assertThat(run("analyze", Exports.sample(), "--format", "pdf")).isEqualTo(2);
    assertThat(run("analyze", Exports.sample(), "--tz", "Mars/Olympus")).isEqualTo(2);
  }

  @Test
  void helpShowsAnExampleAndTheExitCodes() {
    assertThat(run("analyze", "--help")).isZero();

    assertThat(out.toString())
        .contains("Usage: gryag analyze")
        .contains("gryag analyze docs/examples/carpathians-trip.json")
        .contains("Exit codes: 0 ok")
        .contains("3 bad input");
  }
}
