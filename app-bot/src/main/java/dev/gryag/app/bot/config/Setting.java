package dev.gryag.app.bot.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration key: its name (the environment variable), group, default, description, and how
 * its text becomes a value. A parser throws {@link IllegalArgumentException} whose message says
 * what is allowed; {@link Configuration} turns it into a line naming the key and the value.
 *
 * @param <T> the parsed type
 */
public final class Setting<T> {

  private final String key;
  private final SettingGroup group;
  private final String defaultText;
  private final String description;
  private final Function<String, T> parser;
  private final boolean secret;

  Setting(
      String key,
      SettingGroup group,
      String defaultText,
      String description,
      Function<String, T> parser,
      boolean secret) {
    this.key = Objects.requireNonNull(key, "key");
    this.group = Objects.requireNonNull(group, "group");
    this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
    this.description = Objects.requireNonNull(description, "description");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.secret = secret;
  }

  public String key() {
    return key;
  }

  public SettingGroup group() {
    return group;
  }

  /** The value used when the key is not set, as text; empty means "none". */
  public String defaultText() {
    return defaultText;
  }

  public String description() {
    return description;
  }

  /** True for tokens, keys and passwords: never printed, logged or echoed in an error. */
  public boolean secret() {
    return secret;
  }

  T parse(String text) {
    return parser.apply(text.strip());
  }

  /** How a value of this setting may be shown: secrets masked, everything else as is. */
  public String display(String text) {
    if (!secret) {
      return text;
    }
    return text.isEmpty() ? "(not set)" : "****** (" + text.length() + " characters)";
  }

  @Override
  public String toString() {
    return key;
  }
}
