package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of descriptions and reports in Ukrainian, Russian or English. Thread-safe. */
final class ProfileWording {

  private static final Map<Language, ProfileWording> ALL = new EnumMap<>(Language.class);

  static {
    for (Language language : new Language[] {Language.UK, Language.RU, Language.EN}) {
      ALL.put(language, new ProfileWording(language));
    }
  }

  private final Language language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter month;
  private final DateTimeFormatter date;

  private ProfileWording(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "dev.gryag.core.personalization.ProfileWording",
            Locale.of(language.code()),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.month = DateTimeFormatter.ofPattern(bundle.getString("month"), Locale.ROOT);
    this.date = DateTimeFormatter.ofPattern(bundle.getString("date"), Locale.ROOT);
  }

  /** The phrases of {@code language}: English for anything but Ukrainian and Russian. */
  static ProfileWording of(Language language) {
    return ALL.getOrDefault(language, ALL.get(Language.EN));
  }

  Language language() {
    return language;
  }

  /** The phrase {@code key} with {@code args} filled in. */
  String text(String key, Object... args) {
    try {
      return String.format(Locale.ROOT, bundle.getString(key), args);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "phrase '" + key + "' is missing for language " + language.code(), e);
    }
  }

  /** True when the bundle has a phrase for {@code key}. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** {@code base.one}, {@code base.few} or {@code base.many} for {@code n}, filled with n. */
  String count(String base, long n) {
    return text(base + "." + pluralForm(n), n);
  }

  private String pluralForm(long n) {
    if (language == Language.EN) {
      return n == 1 ? "one" : "many";
    }
    long mod10 = n % 10;
    long mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11) {
      return "one";
    }
    return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
  }

  String month(Instant at, ZoneId zone) {
    return month.format(at.atZone(zone));
  }

  String date(Instant at, ZoneId zone) {
    return date.format(at.atZone(zone));
  }

  /** The language's name in this language, e.g. "українська". */
  String languageName(String code) {
    return has("lang." + code) ? text("lang." + code) : code;
  }
}
