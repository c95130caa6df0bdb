package dev.gryag.app.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.app.bot.config.ConfigurationReference;
import dev.gryag.app.bot.config.SettingsRegistry;
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
        .contains("GRYAG_RANDOM_REPLY_CHANCE: expected a number from 0 to 1, got \"often\"")
        .contains("GRYAG_OPS_PORT: expected a whole number from 0 to 65535, got \"70000\"");
  }

  @Test
  void badValuesOfEveryModuleStopTheStartTogetherWithExitCodeTwo() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", "not-a-token",
                "GEMINI_API_KEY", KEY,
                "GRYAG_DB_POOL_SIZE", "lots",
                "GRYAG_LLM_READ_TIMEOUT", "soon",
                "GRYAG_RETENTION_MESSAGES", "5s",
                "DATABASE_URL", "mysql://gryag:hunter2hunter2@db.example/gryag"),
            "--print-config");

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("5 problems")
        .contains("TELEGRAM_BOT_TOKEN: expected a Telegram bot token")
        .contains("got a hidden value of 11 characters")
        .contains("GRYAG_DB_POOL_SIZE: expected a whole number from 1 to 1000, got \"lots\"")
        .contains("GRYAG_LLM_READ_TIMEOUT: expected a duration like 90s")
        .contains("GRYAG_RETENTION_MESSAGES: expected a duration from 1h to 36500d, got \"5s\"")
        .contains("DATABASE_URL: expected a URL like postgres://")
        .contains("got \"mysql://gryag:****@db.example/gryag\"")
        .doesNotContain("not-a-token")
        .doesNotContain("hunter2hunter2");
  }

  @Test
  void plainHttpToAnotherMachineStopsTheStartNamingTheKeysButNotTheSecrets() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "GEMINI_API_KEY", KEY,
                "GRYAG_TELEGRAM_API_URL", "http://bot-api.example:8081",
                "GRYAG_LLM_GEMINI_BASE_URL", "http://127.0.0.1.evil.example/v1beta",
                "GRYAG_LLM_OLLAMA_BASE_URL", "http://[::1]:11434/v1"));

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("2 problems")
        .contains(
            "GRYAG_TELEGRAM_API_URL: expected https://, or http:// only to localhost,"
                + " 127.0.0.0/8 or [::1]; plain http:// to bot-api.example would send credentials"
                + " in the clear")
        .contains(
            "GRYAG_LLM_GEMINI_BASE_URL: expected https://, or http:// only to localhost,"
                + " 127.0.0.0/8 or [::1]; plain http:// to 127.0.0.1.evil.example would send"
                + " credentials in the clear")
        .doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1))
        .doesNotContain(KEY);
  }

  @Test
  void contradictionsBetweenKeysAreReportedWithBothKeys() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN",
                TOKEN,
                "GEMINI_API_KEY",
                KEY,
                "DATABASE_URL",
                "postgres://gryag@db.example/gryag",
                "GRYAG_DB_HOST",
                "db.example"));

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("DATABASE_URL and GRYAG_DB_HOST are both set: name the database in one place");
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
        .contains("postgres://gryag:****@db.example:5432/gryag   [environment]")
        .doesNotContain(TOKEN)
        .doesNotContain(KEY)
        .doesNotContain("hunter2hunter2");
  }

  @Test
  void printConfigShowsEveryKeyOfEveryModule() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "GEMINI_API_KEY", KEY,
                "GRYAG_DB_PASSWORD", "hunter2hunter2",
                "GRYAG_DB_HOST", "db.example",
                "GRYAG_LLM_OPENAI_BASE_URL", "https://proxy.example/v1"),
            "--print-config");

    assertThat(code).as(err::toString).isZero();
    SettingsRegistry.all().forEach(s -> assertThat(out.toString()).contains("  " + s.key() + " "));
    assertThat(out.toString())
        .contains("GRYAG_DB_PASSWORD                  ****** (14 characters)   [environment]")
        .contains("GRYAG_LLM_CALL_TIMEOUT             90s\n")
        .contains("GRYAG_LLM_OPENAI_BASE_URL          https://proxy.example/v1   [environment]")
        .contains("GRYAG_RETENTION_MESSAGES           90d\n")
        .contains("OPENAI_API_KEY                     (not set)\n")
        .doesNotContain("hunter2hunter2")
        .doesNotContain(KEY);
  }

  @Test
  void printConfigMasksCredentialsInsideEveryUrl() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "GEMINI_API_KEY", KEY,
                "DATABASE_URL", "jdbc:postgresql://db.example/gryag?user=bot&password=hunter2db",
                "GRYAG_LLM_OPENAI_BASE_URL", "https://proxy.example/v1?api_key=hunter2api",
                "GRYAG_TELEGRAM_API_URL", "https://bot:hunter2tg@tg.example/",
                "GRYAG_RECEIVE_MODE", "webhook",
                "GRYAG_WEBHOOK_URL", "https://hook.example/in?token=hunter2hook"),
            "--print-config");

    assertThat(code).as(err::toString).isZero();
    assertThat(out.toString())
        .contains("jdbc:postgresql://db.example/gryag?user=bot&password=****   [environment]")
        .contains("https://proxy.example/v1?api_key=****   [environment]")
        .contains("https://bot:****@tg.example/   [environment]")
        .contains("https://hook.example/in?token=****   [environment]")
        .doesNotContain("hunter2");
  }

  @Test
  void aBadUrlIsQuotedWithItsCredentialsMasked() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "GEMINI_API_KEY", KEY,
                "GRYAG_LLM_OPENAI_BASE_URL", "https://u:hunter2pw@proxy.example/v1?key=hunter2api"),
            "--print-config");

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("GRYAG_LLM_OPENAI_BASE_URL: expected a URL without credentials")
        .contains("got \"https://u:****@proxy.example/v1?key=****\"")
        .doesNotContain("hunter2");
  }

  @Test
  void theConfigReferenceIsTheGeneratedPage() {
    assertThat(run(Map.of(), "--config-reference")).isZero();
    assertThat(out.toString()).isEqualTo(ConfigurationReference.markdown(SettingsRegistry.all()));
  }

  @Test
  void webhookModeNeedsItsUrl() {
    run(
        Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "GEMINI_API_KEY", KEY, "GRYAG_RECEIVE_MODE", "webhook"),
        "--print-config");
    assertThat(err.toString()).contains("GRYAG_WEBHOOK_URL is not set");
  }

  @Test
  void aPersonaTooBigForTheContextBudgetStopsTheStartNamingBothKeys() {
    Map<String, String> env =
        Map.of(
            "TELEGRAM_BOT_TOKEN",
            TOKEN,
            "GEMINI_API_KEY",
            KEY,
            // Were the check missing, the start would fail later, on this unreachable database.
            "DATABASE_URL",
            "postgres://gryag@db.invalid/gryag",
            "GRYAG_PERSONA",
            "Ти Гряг, і ти говориш дуже багато. ".repeat(200),
            "GRYAG_CONTEXT_TOKENS",
            "2000");

    assertThat(run(env)).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .containsPattern(
            "GRYAG_PERSONA takes \\d+ tokens, more than the 800 that GRYAG_CONTEXT_TOKENS=2000"
                + " leaves for it: raise GRYAG_CONTEXT_TOKENS to at least \\d+ or shorten"
                + " GRYAG_PERSONA")
        .doesNotContain("db.invalid");
  }

  @Test
  void aContextBudgetBelowTheCoresMinimumIsRefusedAtLoad() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN, "GEMINI_API_KEY", KEY, "GRYAG_CONTEXT_TOKENS", "256"));

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("GRYAG_CONTEXT_TOKENS: expected a whole number from 512 to 1000000, got \"256\"");
  }

  @Test
  void aShortOpsTokenIsRefusedWithoutBeingEchoed() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN",
                TOKEN,
                "GEMINI_API_KEY",
                KEY,
                "GRYAG_OPS_TOKEN",
                "hunter2",
                "GRYAG_OPS_LISTEN",
                "0.0.0.0:9464"));

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains("GRYAG_OPS_TOKEN: expected at least 16 printable ASCII characters")
        .doesNotContain("hunter2");
  }

  @Test
  void aListenAddressAndAPortThatDisagreeStopTheStartNamingBothKeys() {
    int code =
        run(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "GEMINI_API_KEY", KEY,
                "GRYAG_RECEIVE_MODE", "webhook",
                "GRYAG_WEBHOOK_URL", "https://bot.example/tg",
                "GRYAG_WEBHOOK_LISTEN", "0.0.0.0:8080",
                "GRYAG_WEBHOOK_PORT", "8443"));

    assertThat(code).isEqualTo(BotMain.EXIT_BAD_CONFIGURATION);
    assertThat(err.toString())
        .contains(
            "GRYAG_WEBHOOK_LISTEN (0.0.0.0:8080) and GRYAG_WEBHOOK_PORT (8443) disagree on the"
                + " port: set only GRYAG_WEBHOOK_LISTEN");
  }
}
