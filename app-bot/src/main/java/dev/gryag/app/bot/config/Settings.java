package dev.gryag.app.bot.config;

import static dev.gryag.core.config.SettingGroup.ADVANCED;
import static dev.gryag.core.config.SettingGroup.BEHAVIOUR;
import static dev.gryag.core.config.SettingGroup.ESSENTIAL;
import static dev.gryag.core.config.SettingGroup.LLM;
import static dev.gryag.core.config.SettingGroup.STORAGE;

import dev.gryag.core.config.Durations;
import dev.gryag.core.config.ListenAddress;
import dev.gryag.core.config.Setting;
import dev.gryag.core.config.SettingGroup;
import dev.gryag.core.config.SettingType;
import dev.gryag.core.config.SettingTypes;
import dev.gryag.core.context.ContextBudget;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.settings.ReplyPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bot's own keys, with their defaults and one-line descriptions; the adapters and the core
 * declare theirs ({@link SettingsRegistry} gathers them all).
 */
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

  // Essential
  public static final Setting<List<Long>> ADMIN_IDS =
      add(
          "GRYAG_ADMIN_IDS",
          ESSENTIAL,
          "",
          "Telegram user ids of the bot's owners (comma-separated): admins in every chat besides"
              + " each group's own admins; they bypass limits and run admin commands.",
          SettingTypes.list(SettingTypes.longNumber(), "numeric Telegram ids separated by commas"));

  // Behaviour
  public static final Setting<String> PERSONA =
      add(
          "GRYAG_PERSONA",
          BEHAVIOUR,
          "",
          "System persona for every chat (empty: the built-in Gryag persona); /persona overrides"
              + " it per chat.",
          SettingTypes.text());
  public static final Setting<List<String>> TRIGGER_KEYWORDS =
      add(
          "GRYAG_TRIGGER_KEYWORDS",
          BEHAVIOUR,
          "",
          "Extra words that address the bot (comma-separated); its name in any inflection always"
              + " does.",
          SettingTypes.list());
  public static final Setting<Double> RANDOM_REPLY_CHANCE =
      add(
          "GRYAG_RANDOM_REPLY_CHANCE",
          BEHAVIOUR,
          String.valueOf(ReplyPolicy.DEFAULTS.randomChance()),
          "Chance (0-1) of an unsolicited reply to any group message.",
          SettingTypes.decimal(0, 1));
  public static final Setting<Double> SMART_REPLY_CHANCE =
      add(
          "GRYAG_SMART_REPLY_CHANCE",
          BEHAVIOUR,
          String.valueOf(ReplyPolicy.DEFAULTS.smartChance()),
          "Chance (0-1) of an unsolicited reply to an engaging message (questions, strong"
              + " feelings, the chat's topics).",
          SettingTypes.decimal(0, 1));
  public static final Setting<Duration> MIN_SILENCE =
      add(
          "GRYAG_MIN_SILENCE",
          BEHAVIOUR,
          Durations.format(ReplyPolicy.DEFAULTS.minSilence()),
          "Quiet time the bot waits since its last message before an unsolicited reply.",
          SettingTypes.duration(Duration.ZERO, Duration.ofDays(7)));
  public static final Setting<Integer> UNSOLICITED_PER_HOUR =
      add(
          "GRYAG_UNSOLICITED_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(ReplyPolicy.DEFAULTS.maxUnsolicitedPerHour()),
          "Most unsolicited replies per chat per hour.",
          SettingTypes.integer(0, 1000));
  public static final Setting<Integer> USER_REPLIES_PER_HOUR =
      add(
          "GRYAG_USER_REPLIES_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.perMember().permits()),
          "Replies one member can get per hour (admins are not limited).",
          SettingTypes.integer(1, 100_000));
  public static final Setting<Integer> USER_BURST =
      add(
          "GRYAG_USER_BURST",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.perMember().burst()),
          "Replies one member can get in a quick burst before the hourly rate applies.",
          SettingTypes.integer(1, 1000));
  public static final Setting<Integer> CHAT_REPLIES_PER_HOUR =
      add(
          "GRYAG_CHAT_REPLIES_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.perChat().permits()),
          "Replies per chat per hour.",
          SettingTypes.integer(1, 100_000));
  public static final Setting<Integer> GLOBAL_REPLIES_PER_HOUR =
      add(
          "GRYAG_GLOBAL_REPLIES_PER_HOUR",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULTS.global().permits()),
          "Replies per hour across all chats.",
          SettingTypes.integer(1, 10_000_000));
  public static final Setting<Integer> USER_COMMANDS_PER_MINUTE =
      add(
          "GRYAG_USER_COMMANDS_PER_MINUTE",
          BEHAVIOUR,
          String.valueOf(RateLimits.DEFAULT_COMMANDS.permits()),
          "Commands (/profile, /stats, …) one member can run per minute; then one notice and"
              + " silence (admins are not limited).",
          SettingTypes.integer(1, 1000));
  public static final Setting<Duration> IGNORE_OLDER_THAN =
      add(
          "GRYAG_IGNORE_OLDER_THAN",
          BEHAVIOUR,
          Durations.format(ReplyPolicy.DEFAULTS.staleAfter()),
          "At start-up, messages older than this are stored but not answered.",
          SettingTypes.duration(Duration.ZERO, Duration.ofDays(30)));
  public static final Setting<AccessMode> ACCESS_MODE =
      add(
          "GRYAG_ACCESS_MODE",
          BEHAVIOUR,
          "all",
          "Which chats the bot serves: " + SettingTypes.names(AccessMode.class) + ".",
          SettingTypes.oneOf(AccessMode.class));
  public static final Setting<List<Long>> CHAT_LIST =
      add(
          "GRYAG_CHAT_LIST",
          BEHAVIOUR,
          "",
          "Chat ids for the allow-list or deny-list access mode (comma-separated).",
          SettingTypes.list(SettingTypes.longNumber(), "numeric Telegram ids separated by commas"));
  public static final Setting<FailureReply> FAILURE_REPLY =
      add(
          "GRYAG_FAILURE_REPLY",
          BEHAVIOUR,
          "short-line",
          "What a member sees when no model can answer: "
              + SettingTypes.names(FailureReply.class)
              + ".",
          SettingTypes.oneOf(FailureReply.class));
  public static final Setting<Integer> CONTEXT_TOKENS =
      add(
          "GRYAG_CONTEXT_TOKENS",
          BEHAVIOUR,
          String.valueOf(ContextBudget.DEFAULTS.maxTokens()),
          "Token budget of the prompt (persona, profiles, history); the persona may take at most"
              + " half of it less 200.",
          SettingTypes.integer(ContextBudget.MIN_MAX_TOKENS, 1_000_000));

  // LLM
  public static final Setting<Double> LLM_TEMPERATURE =
      add(
          "GRYAG_LLM_TEMPERATURE",
          LLM,
          "0.8",
          "Sampling temperature (0-2).",
          SettingTypes.decimal(0, 2));
  public static final Setting<Integer> LLM_MAX_TOKENS =
      add(
          "GRYAG_LLM_MAX_TOKENS",
          LLM,
          "800",
          "Longest answer, in tokens.",
          SettingTypes.integer(16, 100_000));

  // Storage and retention
  public static final Setting<Duration> CLEANUP_INTERVAL =
      add(
          "GRYAG_CLEANUP_INTERVAL",
          STORAGE,
          "1h",
          "How often the retention policy runs.",
          SettingTypes.duration(Duration.ofMinutes(1), Duration.ofDays(7)));
  public static final Setting<Duration> CLEANUP_BUDGET =
      add(
          "GRYAG_CLEANUP_BUDGET",
          STORAGE,
          "1m",
          "How long one run may work before it stops between batches; the next run goes on.",
          SettingTypes.duration(Duration.ofSeconds(1), Duration.ofHours(1)));

  // Advanced
  public static final Setting<Integer> OPS_PORT =
      add(
          "GRYAG_OPS_PORT",
          ADVANCED,
          "9464",
          "Port of /metrics, /healthz and /readyz, on 127.0.0.1 (0: off; GRYAG_OPS_LISTEN wins"
              + " over it).",
          SettingTypes.integer(0, 65_535));
  public static final Setting<ListenAddress> OPS_LISTEN =
      add(
          "GRYAG_OPS_LISTEN",
          ADVANCED,
          "",
          "Local host:port of the operations port, e.g. 0.0.0.0:9464 to let other machines scrape"
              + " it (empty: 127.0.0.1 and GRYAG_OPS_PORT; port 0: off).",
          SettingTypes.listenAddress());
  public static final Setting<String> OPS_TOKEN =
      secret(
          "GRYAG_OPS_TOKEN",
          ADVANCED,
          "Bearer token /metrics asks for in the Authorization header (empty: open); /healthz and"
              + " /readyz stay open for probes.",
          SettingTypes.text(
              Pattern.compile("[\\x21-\\x7E]{16,}"),
              "at least 16 printable ASCII characters without spaces (e.g. openssl rand -hex 32)",
              "16+ characters"));
  public static final Setting<LogLevel> LOG_LEVEL =
      add(
          "GRYAG_LOG_LEVEL",
          ADVANCED,
          "info",
          "Least severe log level written: " + SettingTypes.names(LogLevel.class) + ".",
          SettingTypes.oneOf(LogLevel.class));
  public static final Setting<LogFormat> LOG_FORMAT =
      add(
          "GRYAG_LOG_FORMAT",
          ADVANCED,
          "plain",
          "Log lines as " + SettingTypes.names(LogFormat.class) + ".",
          SettingTypes.oneOf(LogFormat.class));
  public static final Setting<Integer> LANE_QUEUE =
      add(
          "GRYAG_LANE_QUEUE",
          ADVANCED,
          "10000",
          "Most unaddressed messages waiting in all chat lanes; past it a full lane drops its oldest.",
          SettingTypes.integer(10, 10_000_000));
  public static final Setting<Duration> SHUTDOWN_TIMEOUT =
      add(
          "GRYAG_SHUTDOWN_TIMEOUT",
          ADVANCED,
          "20s",
          "How long shutdown waits for the lanes to drain.",
          SettingTypes.duration(Duration.ZERO, Duration.ofMinutes(10)));
  public static final Setting<Duration> RESUME_MAX_AGE =
      add(
          "GRYAG_RESUME_MAX_AGE",
          ADVANCED,
          "10m",
          "After a crash, questions younger than this are still answered at the next start.",
          SettingTypes.duration(Duration.ofSeconds(1), Duration.ofDays(7)));
  public static final Setting<String> JAVA_OPTS =
      add(
          "GRYAG_JAVA_OPTS",
          ADVANCED,
          "",
          "JVM options the ./gryag launcher starts Java with, from the environment only (empty:"
              + " its defaults).",
          SettingTypes.text());

  private Settings() {}

  /** Every key of the bot's own, in documentation order. */
  public static List<Setting<?>> all() {
    return List.copyOf(ALL);
  }

  private static <T> Setting<T> secret(
      String key, SettingGroup group, String doc, SettingType<T> type) {
    Setting<T> setting = Setting.secret(key, group, type, doc);
    ALL.add(setting);
    return setting;
  }

  private static <T> Setting<T> add(
      String key, SettingGroup group, String defaultText, String doc, SettingType<T> type) {
    Setting<T> setting = Setting.of(key, group, type, defaultText, doc);
    ALL.add(setting);
    return setting;
  }
}
