package dev.gryag.core.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configuration key: its name (the environment variable), its type (with the range it allows),
 * its default, a one-line description, the group it is documented in, and whether it is secret.
 * Modules declare theirs as constants and list them; {@link Configuration} reads them.
 *
 * @param key the variable's name: {@code GRYAG_*}, or the ecosystem's usual name ({@code
 *     DATABASE_URL})
 * @param type how its text becomes a value, and what it allows
 * @param defaultText the value used when the key is unset or blank, as text; empty means "none"
 * @param doc one sentence for {@code docs/configuration.md}
 * @param group where it is documented
 * @param secret true for tokens, keys and passwords: never printed, logged or echoed in an error
 * @param <T> the parsed type
 */
public record Setting<T>(
    String key,
    SettingType<T> type,
    String defaultText,
    String doc,
    SettingGroup group,
    boolean secret) {

  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

  public Setting {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "key must be upper-case A-Z, 0-9 and _, was '" + key + "'");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultText, "defaultText");
    Objects.requireNonNull(doc, "doc");
    if (doc.isBlank() || doc.contains("\n") || !doc.endsWith(".")) {
      throw new IllegalArgumentException(key + ": doc must be one sentence ending with '.'");
    }
    Objects.requireNonNull(group, "group");
  }

  /** A setting that is not secret. */
  public static <T> Setting<T> of(
      String key, SettingGroup group, SettingType<T> type, String defaultText, String doc) {
    return new Setting<>(key, type, defaultText, doc, group, false);
  }

  /** A secret setting without a default. */
  public static <T> Setting<T> secret(
      String key, SettingGroup group, SettingType<T> type, String doc) {
    return new Setting<>(key, type, "", doc, group, true);
  }

  /** What this setting allows, short ({@code 1–1000}); empty when anything goes. */
  public String range() {
    return type.range();
  }

  /** The value {@code text} gives (stripped; blank means the default). */
  public T parse(String text) {
    String effective = text.isBlank() ? defaultText : text;
    return type.parse(effective.strip());
  }

  /** How a value of this setting may be shown: secrets masked, everything else as is. */
  public String display(String text) {
    return type.show(text, secret);
  }

  /**
   * The line an invalid value of this setting is reported with, in the one format: {@code GRYAG_X:
   * expected a duration like 90s, got "abc"}; a secret's value is never shown.
   *
   * @param expected what is allowed, starting with "expected"
   */
  public String problem(String text, String expected) {
    String shown = display(text);
    String got =
        secret && shown.equals(Redaction.hidden(text))
            ? "a hidden value of " + text.length() + " characters"
            : "\"" + shown + "\"";
    return key + ": " + expected + ", got " + got;
  }

  @Override
  public String toString() {
    return key;
  }
}
