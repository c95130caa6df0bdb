package dev.gryag.app.bot;

import dev.gryag.adapter.llm.LlmEnvironment;
import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.DatabaseStartException;
import dev.gryag.adapter.telegram.TelegramException;
import dev.gryag.adapter.telegram.TelegramSettings;
import dev.gryag.app.bot.config.ConfigurationReference;
import dev.gryag.app.bot.config.Settings;
import dev.gryag.app.bot.config.SettingsRegistry;
import dev.gryag.core.config.Configuration;
import dev.gryag.core.config.ConfigurationException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the Gryag bot: {@code ./gryag bot} or {@code java -jar app-bot/target/gryag-bot.jar}. */
@Command(
    name = "gryag bot",
    mixinStandardHelpOptions = true,
    versionProvider = BotMain.Version.class,
    description = {
      "Runs the Gryag Telegram bot until it is stopped (Ctrl-C or SIGTERM).",
      "",
      "It needs TELEGRAM_BOT_TOKEN and one LLM key (e.g. GEMINI_API_KEY) in the environment;"
          + " everything else has a default. Without DATABASE_URL it runs an embedded PostgreSQL"
          + " with its data under GRYAG_HOME.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  TELEGRAM_BOT_TOKEN=123:ABC GEMINI_API_KEY=... ./gryag bot",
      "",
      "Every key: docs/configuration.md. Exit codes: 0 stopped, 1 failed at start, 2 bad"
          + " configuration."
    })
public final class BotMain implements Callable<Integer> {

  static final int EXIT_STOPPED = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_BAD_CONFIGURATION = 2;

  @Option(
      names = "--print-config",
      description = "Print the effective value of every key (secrets masked) and exit.")
  boolean printConfig;

  @Option(
      names = "--config-reference",
      hidden = true,
      description = "Print docs/configuration.md, the reference of every key, and exit.")
  boolean configReference;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  BotMain(Map<String, String> environment) {
    this.environment = environment;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BotMain(System.getenv())).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (configReference) {
      spec.commandLine().getOut().print(ConfigurationReference.markdown(SettingsRegistry.all()));
      spec.commandLine().getOut().flush();
      return 0;
    }
    Configuration config;
    try {
      config = Configuration.load(SettingsRegistry.all(), environment);
    } catch (ConfigurationException e) {
      err.println("gryag bot: " + e.getMessage());
      return EXIT_BAD_CONFIGURATION;
    }
    List<String> problems = problems(config);
    if (printConfig) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(config.describe());
      out.flush();
    }
    config.warnings().forEach(w -> err.println("gryag bot: warning: " + w));
    if (!problems.isEmpty()) {
      err.println("gryag bot: " + new ConfigurationException(problems).getMessage());
      return EXIT_BAD_CONFIGURATION;
    }
    if (printConfig) {
      return 0;
    }
    return run(config, err);
  }

  private int run(Configuration config, PrintWriter err) throws InterruptedException {
    System.setProperty(
        "GRYAG_LOG_FORMAT", config.get(Settings.LOG_FORMAT).name().toLowerCase(Locale.ROOT));
    System.setProperty("GRYAG_LOG_LEVEL", config.get(Settings.LOG_LEVEL).name());
    BotApplication app;
    try {
      app = BotApplication.start(config);
    } catch (DatabaseStartException e) {
      err.println("gryag bot: " + e.getMessage());
      return EXIT_FAILED;
    } catch (TelegramException e) {
      err.println(
          "gryag bot: "
              + (e.unauthorized()
                  ? "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from"
                      + " @BotFather"
                  : "cannot reach Telegram: " + e.getMessage()));
      return EXIT_FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                  // A stop asked for (SIGTERM, Ctrl-C) exits with 0, as the help says, not with the
                  // JVM's 128 + signal (143, 130) that service managers count as a failure. Once
                  // the JVM shuts down, only halt can still choose the exit code.
                  Runtime.getRuntime().halt(EXIT_STOPPED);
                },
                "gryag-shutdown"));
    app.ownShutdown();
    stopped.await();
    return EXIT_STOPPED;
  }

  /** Keys the bot cannot run without, and contradictions between keys the adapters find. */
  static List<String> problems(Configuration config) {
    List<String> problems = new ArrayList<>();
    if (!config.isSet(TelegramSettings.TELEGRAM_BOT_TOKEN)) {
      problems.add(
          "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token there");
    }
    check(problems, () -> DatabaseConfig.from(config));
    check(problems, () -> LlmEnvironment.from(config).providers());
    check(problems, () -> BotSettings.operations(config));
    check(problems, () -> BotSettings.requirePersonaFits(config));
    if (config.get(TelegramSettings.RECEIVE_MODE) == TelegramSettings.ReceiveMode.WEBHOOK) {
      if (config.get(TelegramSettings.WEBHOOK_URL) == null) {
        problems.add("GRYAG_WEBHOOK_URL is not set: webhook mode needs the public HTTPS URL");
      } else {
        check(problems, () -> TelegramSettings.webhook(config));
      }
    }
    return problems;
  }

  private static void check(List<String> problems, Runnable parse) {
    try {
      parse.run();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
  }

  /** The bot's version and JVM. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = BotMain.class.getPackage().getImplementationVersion();
      return new String[] {
        "gryag bot " + (version == null ? "(development build)" : version),
        "JVM: " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores"
      };
    }
  }
}
