package dev.gryag.app.cli.report;

import dev.gryag.core.model.MediaKind;
import java.time.Duration;
import java.util.Locale;

/** How numbers, shares, durations and media kinds read in the reports. */
final class Formats {

  private Formats() {}

  /** {@code 1,234,567}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code 31.6%}; {@code –} when the whole is zero. */
  static String share(long part, long whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** {@code +0.21}, {@code -0.05}, {@code 0.00}. */
  static String score(double score) {
    String text = String.format(Locale.ROOT, "%+.2f", score);
    return text.equals("+0.00") || text.equals("-0.00") ? "0.00" : text;
  }

  /** {@code 42s}, {@code 6m 10s}, {@code 2h 05m}, {@code 3d 4h}; {@code –} for null. */
  static String duration(Duration duration) {
    if (duration == null) {
      return "–";
    }
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    if (seconds < 86_400) {
      return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
    return String.format(Locale.ROOT, "%dd %dh", seconds / 86_400, seconds % 86_400 / 3600);
  }

  /** {@code 1:12} (minutes:seconds) for voice; {@code –} for none. */
  static String minutes(long seconds) {
    return seconds == 0 ? "–" : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** {@code 1.2 MB}. */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
  }

  /** {@code photo}, {@code video note}, ... */
  static String media(MediaKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A top-list value as people read it: custom emoji reactions by the end of their id. */
  static String label(String value) {
    if (value.startsWith("custom:") && value.length() > 11) {
      return "custom emoji …" + value.substring(value.length() - 4);
    }
    return value;
  }
}
