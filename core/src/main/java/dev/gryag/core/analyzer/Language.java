package dev.gryag.core.analyzer;

/** A message's language as the analyzer tells it. */
public enum Language {
  /** Ukrainian. */
  UK("uk"),
  /** Russian. */
  RU("ru"),
  /** English. */
  EN("en"),
  /** Some other language, recognised as language but none of the three. */
  OTHER("other"),
  /** Too little text to tell: emoji only, a link, one or two letters. */
  UNKNOWN("unknown");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code ({@code uk}, {@code ru}, {@code en}) or {@code other}/{@code unknown}. */
  public String code() {
    return code;
  }

  /** The language for a code as {@link #code()} spells it. */
  public static Language ofCode(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "unknown language code '" + code + "' (expected uk, ru, en, other or unknown)");
  }
}
