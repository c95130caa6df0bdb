package dev.gryag.app.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gryag.app.cli.CommandLines;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.ScriptAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the sample's HTML report in a real headless Chromium (Debian's {@code chromium}), offline,
 * and checks what the browser built from it. Skipped where Chromium is not installed.
 */
class HtmlReportInChromiumIT {

  @TempDir Path temp;

  private static Path chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private String runChromium(Path browser, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + temp.resolve("profile")));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(temp.resolve("chromium.err").toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void chromiumBuildsEveryChartAndTableOfTheSampleReport() throws Exception {
    Path browser = chromium();
    assumeTrue(browser != null, "chromium is not installed");
    Path page = temp.resolve("report.html");
    var cli = CommandLines.with(ScriptAnalyzer::new);
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(
            cli.execute(
                "analyze",
                Exports.sample().toString(),
                "--format",
                "html",
                "-o",
                page.toString(),
                "--tz",
                "Europe/Kyiv"))
        .isZero();

    String dom = runChromium(browser, "--dump-dom", page.toUri().toString());
    Path png = temp.resolve("report.png");
    runChromium(browser, "--screenshot=" + png, "--window-size=1280,2400", page.toUri().toString());

    for (String chart : List.of("columns", "mood", "heatmap", "bars", "donut")) {
      assertThat(dom).contains("class=\"chart " + chart + "\"");
    }
    assertThat(count(dom, "<rect ")).isGreaterThan(7 * 24); // the heatmap's cells at least
    assertThat(count(dom, "<tr>")).isGreaterThan(7);
    assertThat(dom).contains("Похід у Карпати").contains("Олена Коваль");
    assertThat(Files.size(png)).isGreaterThan(50_000); // a blank page is a few kilobytes
  }

  private static int count(String text, String needle) {
    Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
