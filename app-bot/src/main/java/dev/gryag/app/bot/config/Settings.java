package dev.gryag.app.bot.config;

import static dev.gryag.app.bot.config.SettingGroup.ADVANCED;
import static dev.gryag.app.bot.config.SettingGroup.BEHAVIOUR;
import static dev.gryag.app.bot.config.SettingGroup.ESSENTIAL;
import static dev.gryag.app.bot.config.SettingGroup.LLM;
import static dev.gryag.app.bot.config.SettingGroup.STORAGE;

import dev.gryag.adapter.telegram.TelegramChatAdministrators;
import dev.gryag.core.cleanup.Compaction;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.settings.ReplyPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every configuration key of the bot, with its default and a one-line description. */
public final class Settings {

  private static final List<Setting<?>> ALL = new ArrayList<>();

  /** How unsolicited and failed replies behave when the model cannot answer. */
  public enum FailureReply {
    SILENCE,
    SHORT_LINE
  }

  /** Which chats the bot serves. */
  public enum AccessMode {
    ALL,
    ALLOW_LIST,
    DENY_LIST
  }

  /** How log lines are written. */
  public enum LogFormat {
    PLAIN,
    JSON
  }

  /** The least severe level of log lines written. */
  public enum LogLevel {
    ERROR,
    WARN,
    INFO,
    DEBUG,
    TRACE
  }

  /** How the bot receives updates. */
  public enum ReceiveMode {
    POLLING,
    WEBHOOK
  }

  // Essential
  public static final Setting<String> TELEGRAM_BOT_TOKEN =
      secret("TELEGRAM_BOT_TOKEN", ESSENTIAL, "The bot's token from @BotFather (required).");
  public static final Setting<String> GEMINI_API_KEY =
      secret("GEMINI_API_KEY", ESSENTIAL, "Google Gemini API key; one LLM key is required.");
  public static final Setting<String> OPENAI_API_KEY =
      secret("OPENAI_API_KEY", ESSENTIAL, "OpenAI API key.");
  public static final Setting<String> GROQ_API_KEY =
      secret("GROQ_API_KEY", ESSENTIAL, "Groq API key.");
  public static final Setting<String> MISTRAL_API_KEY =
      secret("MISTRAL_API_KEY", ESSENTIAL, "Mistral API key.");
  public static final Setting<String> OPENROUTER_API_KEY =
      secret("OPENROUTER_API_KEY", ESSENTIAL, "OpenRouter API key.");
  public static final Setting<List<Long>> ADMIN_IDS =
      add(
          "GRYAG_ADMIN_IDS",
          ESSENTIAL,
          "",
          "Telegram user ids of the bot's owners (comma-separated): admins in every chat besides"
              + " each group's own admins; they bypass limits and run admin commands.",
          Parsers.list(Parsers.longId()));

  // Behaviour
  public static final Setting<String> PERSONA =
      add(
          "GRYAG_PERSONA",
          BEHAVIOUR,
          "",
          "System persona for every chat (empty: the built-in Gryag persona); /persona overrides"
              + " it per chat.",
          Parsers.text());
  public static final Setting<List<String>> TRIGGER_KEYWORDS =
      add(
          "GRYAG_TRIGGER_KEYWORDS",
          BEHAVIOUR,
          "",
          "Extra words that address the bot (comma-separated); its name in any inflection always"
              + " does.",
          Parsers.list(Function.identity()));
  public static final Setting<Double> RANDOM_REPLY_CHANCE =
      add(
          "GRYAG_RANDOM_REPLY_CHANCE",
          BEHAVIOUR,
          String.valueOf(ReplyPolicy.DEFAULTS.randomChance()),
          "Chance (0-1) of an unsolicited reply to any group message.",
          Parsers.decimal(0, 1));
  public static final Setting<Double> SMART_REPLY_CHANCE =
      add(
          "GRYAG_SMART_REPLY_CHANCE",
          BEHAVIOUR,
          String.valueOf(ReplyPolicy.DEFAULTS.smartChance()),
          "Chance (0-1) of an unsolicited reply to an engaging message (questions, strong"
              + " feelings, the chat's topics).",
          Parsers.decimal(0, 1));
  public static final Setting<Duration> MIN_SILENCE =
      add(
          "GRYAG_MIN_SILENCE",
          BEHAVIOUR,
          Parsers.format(ReplyPolicy.DEFAULTS.minSilence()),
          "Quiet time the bot waits since its last message before an unsolicited reply.",
          Parsers.duration(Duration.ZERO, Duration.ofDays(7)));
  public static final Setting<Integer> UNSOLICITED_PER_HOUR =
      add(
          "GRYAG_UNSOLICITED_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(ReplyPolicy.DEFAULTS.maxUnsolicitedPerHour()),
          "Most unsolicited replies per chat per hour.",
          Parsers.integer(0, 1000));
  public static final Setting<Integer> USER_REPLIES_PER_HOUR =
      add(
          "GRYAG_USER_REPLIES_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.perMember().permits()),
          "Replies one member can get per hour (admins are not limited).",
          Parsers.integer(1, 100_000));
  public static final Setting<Integer> USER_BURST =
      add(
          "GRYAG_USER_BURST",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.perMember().burst()),
          "Replies one member can get in a quick burst before the hourly rate applies.",
          Parsers.integer(1, 1000));
  public static final Setting<Integer> CHAT_REPLIES_PER_HOUR =
      add(
          "GRYAG_CHAT_REPLIES_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.perChat().permits()),
          "Replies per chat per hour.",
          Parsers.integer(1, 100_000));
  public static final Setting<Integer> GLOBAL_REPLIES_PER_HOUR =
      add(
          "GRYAG_GLOBAL_REPLIES_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.global().permits()),
          "Replies per hour across all chats.",
          Parsers.integer(1, 10_000_000));
  public static final Setting<Integer> USER_COMMANDS_PER_MINUTE =
      add(
          "GRYAG_USER_COMMANDS_PER_MINUTE",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULT_COMMANDS.permits()),
          "Commands (/profile, /stats, …) one member can run per minute; then one notice and"
              + " silence (admins are not limited).",
          Parsers.integer(1, 1000));
  public static final Setting<Duration> IGNORE_OLDER_THAN =
      add(
          "GRYAG_IGNORE_OLDER_THAN",
          BEHAVIOUR,
          Parsers.format(ReplyPolicy.DEFAULTS.staleAfter()),
          "At start-up, messages older than this are stored but not answered.",
          Parsers.duration(Duration.ZERO, Duration.ofDays(30)));
  public static final Setting<AccessMode> ACCESS_MODE =
      add(
          "GRYAG_ACCESS_MODE",
          BEHAVIOUR,
          "all",
          "Which chats the bot serves: " + Parsers.names(AccessMode.class) + ".",
          Parsers.oneOf(AccessMode.class));
  public static final Setting<List<Long>> CHAT_LIST =
      add(
          "GRYAG_CHAT_LIST",
          BEHAVIOUR,
          "",
          "Chat ids for the allow-list or deny-list access mode (comma-separated).",
          Parsers.list(Parsers.longId()));
  public static final Setting<FailureReply> FAILURE_REPLY =
      add(
          "GRYAG_FAILURE_REPLY",
          BEHAVIOUR,
          "short-line",
          "What a member sees when no model can answer: " + Parsers.names(FailureReply.class) + ".",
          Parsers.oneOf(FailureReply.class));
  public static final Setting<Integer> CONTEXT_TOKENS =
      add(
          "GRYAG_CONTEXT_TOKENS",
          BEHAVIOUR,
          String.valueOf(ContextBudget.DEFAULTS.maxTokens()),
          "Token budget of the prompt (persona, profiles, history).",
          Parsers.integer(256, 1_000_000));

  // LLM
  public static final Setting<Double> LLM_TEMPERATURE =
      add(
          "GRYAG_LLM_TEMPERATURE",
          LLM,
          "0.8",
          "Sampling temperature (0-2).",
          Parsers.decimal(0, 2));
  public static final Setting<Integer> LLM_MAX_TOKENS =
      add(
          "GRYAG_LLM_MAX_TOKENS",
          LLM,
          "800",
          "Longest answer, in tokens.",
          Parsers.integer(16, 100_000));

  // Storage and retention
  public static final Setting<String> DATABASE_URL =
      secret(
          "DATABASE_URL",
          STORAGE,
          "PostgreSQL URL (postgres://user:pass@host:5432/db or jdbc:postgresql://…); empty: the"
              + " embedded server.");
  public static final Setting<String> HOME =
      add(
          "GRYAG_HOME",
          STORAGE,
          "",
          "Data folder (embedded database, local state); empty: ~/.local/share/gryag or the OS"
              + " equivalent.",
          Parsers.text());
  public static final Setting<Duration> RETENTION_MESSAGES =
      add(
          "GRYAG_RETENTION_MESSAGES",
          STORAGE,
          "90d",
          "How long messages are kept; older ones are summarised (GRYAG_SUMMARIES), then deleted;"
              + " important ones (pinned, a fact's source) stay.",
          Parsers.duration(Duration.ofHours(1), Duration.ofDays(36_500)));
  public static final Setting<Integer> RETENTION_MESSAGES_PER_CHAT =
      add(
          "GRYAG_RETENTION_MESSAGES_PER_CHAT",
          STORAGE,
          String.valueOf(RetentionPolicy.DEFAULTS.messages().maxPerChat()),
          "Most messages kept per chat; beyond it the oldest go the same way.",
          Parsers.integer(1000, 1_000_000_000));
  public static final Setting<Compaction> SUMMARIES =
      add(
          "GRYAG_SUMMARIES",
          STORAGE,
          "required",
          "Summarise old messages with the model before deleting them, for later prompts:"
              + " required (a failed summary keeps them for the next run), best-effort (they go"
              + " anyway), off.",
          Parsers.oneOf(Compaction.class));
  public static final Setting<Integer> SUMMARY_WORDS =
      add(
          "GRYAG_SUMMARY_WORDS",
          STORAGE,
          "200",
          "Longest summary of a run of old messages (up to 200 messages of a chat), in words.",
          Parsers.integer(20, 2000));
  public static final Setting<Duration> RETENTION_SUMMARIES =
      add(
          "GRYAG_RETENTION_SUMMARIES",
          STORAGE,
          Parsers.format(RetentionPolicy.DEFAULTS.summaryMaxAge()),
          "How long summaries are kept, counted from the end of the period they cover.",
          Parsers.duration(Duration.ofDays(1), Duration.ofDays(36_500)));
  public static final Setting<Duration> CLEANUP_INTERVAL =
      add(
          "GRYAG_CLEANUP_INTERVAL",
          STORAGE,
          "1h",
          "How often the retention policy runs.",
          Parsers.duration(Duration.ofMinutes(1), Duration.ofDays(7)));
  public static final Setting<Duration> CLEANUP_BUDGET =
      add(
          "GRYAG_CLEANUP_BUDGET",
          STORAGE,
          "1m",
          "How long one run may work before it stops between batches; the next run goes on.",
          Parsers.duration(Duration.ofSeconds(1), Duration.ofHours(1)));

  // Advanced
  public static final Setting<ReceiveMode> RECEIVE_MODE =
      add(
          "GRYAG_RECEIVE_MODE",
          ADVANCED,
          "polling",
          "How updates arrive: " + Parsers.names(ReceiveMode.class) + ".",
          Parsers.oneOf(ReceiveMode.class));
  public static final Setting<URI> TELEGRAM_API_URL =
      add(
          "GRYAG_TELEGRAM_API_URL",
          ADVANCED,
          "https://api.telegram.org",
          "Bot API base URL (a self-hosted telegram-bot-api server).",
          Parsers.httpUrl());
  public static final Setting<Duration> ADMINS_TTL =
      add(
          "GRYAG_ADMINS_TTL",
          ADVANCED,
          Parsers.format(TelegramChatAdministrators.DEFAULT_TTL),
          "How long a group's admin list from Telegram is trusted; a change of admins the bot"
              + " hears of (it must be an admin itself) applies at once.",
          Parsers.duration(Duration.ofSeconds(10), Duration.ofDays(1)));
  public static final Setting<URI> WEBHOOK_URL =
      add(
          "GRYAG_WEBHOOK_URL",
          ADVANCED,
          "",
          "Public HTTPS URL Telegram posts updates to (webhook mode).",
          Parsers.httpUrl());
  public static final Setting<String> WEBHOOK_SECRET =
      secret(
          "GRYAG_WEBHOOK_SECRET",
          ADVANCED,
          "Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (webhook mode).");
  public static final Setting<Integer> WEBHOOK_PORT =
      add(
          "GRYAG_WEBHOOK_PORT",
          ADVANCED,
          "8443",
          "Local port of the webhook endpoint.",
          Parsers.integer(1, 65_535));
  public static final Setting<Integer> OPS_PORT =
      add(
          "GRYAG_OPS_PORT",
          ADVANCED,
          "9464",
          "Port of /metrics, /healthz and /readyz (0: off).",
          Parsers.integer(0, 65_535));
  public static final Setting<LogLevel> LOG_LEVEL =
      add(
          "GRYAG_LOG_LEVEL",
          ADVANCED,
          "info",
          "Least severe log level written: " + Parsers.names(LogLevel.class) + ".",
          Parsers.oneOf(LogLevel.class));
  public static final Setting<LogFormat> LOG_FORMAT =
      add(
          "GRYAG_LOG_FORMAT",
          ADVANCED,
          "plain",
          "Log lines as " + Parsers.names(LogFormat.class) + ".",
          Parsers.oneOf(LogFormat.class));
  public static final Setting<Integer> LANE_QUEUE =
      add(
          "GRYAG_LANE_QUEUE",
          ADVANCED,
          "10000",
          "Most unaddressed messages waiting in all chat lanes; past it a full lane drops its oldest.",
          Parsers.integer(10, 10_000_000));
  public static final Setting<Duration> SHUTDOWN_TIMEOUT =
      add(
          "GRYAG_SHUTDOWN_TIMEOUT",
          ADVANCED,
          "20s",
          "How long shutdown waits for the lanes to drain.",
          Parsers.duration(Duration.ZERO, Duration.ofMinutes(10)));
  public static final Setting<Duration> RESUME_MAX_AGE =
      add(
          "GRYAG_RESUME_MAX_AGE",
          ADVANCED,
          "10m",
          "After a crash, questions younger than this are still answered at the next start.",
          Parsers.duration(Duration.ofSeconds(1), Duration.ofDays(7)));
  public static final Setting<String> CONFIG_FILE =
      add(
          "GRYAG_CONFIG_FILE",
          ADVANCED,
          "",
          "A properties file whose keys (these names) override the environment.",
          Parsers.text());

  private Settings() {}

  /** Every setting, in documentation order. */
  public static List<Setting<?>> all() {
    return List.copyOf(ALL);
  }

  private static <T> Setting<T> add(
      String key,
      SettingGroup group,
      String defaultText,
      String description,
      Function<String, T> parser) {
    Setting<T> setting = new Setting<>(key, group, defaultText, description, parser, false);
    ALL.add(setting);
    return setting;
  }

  private static Setting<String> secret(String key, SettingGroup group, String description) {
    Setting<String> setting = new Setting<>(key, group, "", description, Parsers.text(), true);
    ALL.add(setting);
    return setting;
  }
}
