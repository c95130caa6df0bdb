package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BotMainTest {

  private static final String TOKEN = "123456:AAH-very-secret-token";
  private static final String KEY = "AIzaSyVerySecretGeminiKey000000000000";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new BotMain(env));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void withoutATokenOrAModelKeyItRefusesToStartAndSaysWhatIsMissing() {
    assertThat(run(Map.of())).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("TELEGRAM_BOT_TOKEN is not set")
        .contains("no LLM provider is configured: set GEMINI_API_KEY");
  }

  @Test
  void everyBadValueIsReportedWithItsKey() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN",
                TOKEN,
                "GEMINI_API_KEY",
                KEY,
                "GRYAG_RANDOM_REPLY_CHANCE",
                "often",
                "GRYAG_OPS_PORT",
                "70000"));
    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("2 problems")
        .contains("GRYAG_RANDOM_REPLY_CHANCE='often': expected a number from 0.0 to 1.0")
        .contains("GRYAG_OPS_PORT='70000': expected a whole number from 0 to 65535");
  }

  @Test
  void printConfigShowsTheEffectiveValuesWithSecretsMasked() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN",
                TOKEN,
                "GEMINI_API_KEY",
                KEY,
                "GRYAG_MIN_SILENCE",
                "3m",
                "DATABASE_URL",
                "postgres://gryag:hunter2hunter2@db.example:5432/gryag"),
            "--print-config");
    assertThat(code).as(err::toString).isZero();
    assertThat(out.toString())
        .contains("GRYAG_MIN_SILENCE")
        .contains("3m   [environment]")
        .contains("TELEGRAM_BOT_TOKEN")
        .contains("DATABASE_URL")
        .doesNotContain(TOKEN)
        .doesNotContain(KEY)
        .doesNotContain("hunter2hunter2");
  }

  @Test
  void webhookModeNeedsItsUrl() {
    run(
        Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "GEMINI_API_KEY", KEY, "GRYAG_RECEIVE_MODE", "webhook"),
        "--print-config");
    assertThat(err.toString()).contains("GRYAG_WEBHOOK_URL is not set");
  }
}
