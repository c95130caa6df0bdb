package dev.gryag.core.personalization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people write in chats (uk/ru/en) as ISO {@code --MM-DD} or {@code YYYY-MM-DD}.
 */
final class StatedDates {

  private static final Map<String, Integer> MONTHS = months();
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)(?:\\s+(\\d{4}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(\\p{L}+)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");

  private StatedDates() {}

  /** The date {@code text} states, if it is a valid one. */
  static Optional<String> parse(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return iso(iso.group(2), iso.group(3), iso.group(1));
    }
    Matcher numeric = NUMERIC.matcher(text);
    if (numeric.matches()) {
      return iso(numeric.group(2), numeric.group(1), numeric.group(3));
    }
    Matcher dayMonth = DAY_MONTH.matcher(text);
    if (dayMonth.matches()) {
      return month(dayMonth.group(2))
          .flatMap(month -> iso(month, dayMonth.group(1), dayMonth.group(3)));
    }
    Matcher monthDay = MONTH_DAY.matcher(text);
    if (monthDay.matches()) {
      return month(monthDay.group(1))
          .flatMap(month -> iso(month, monthDay.group(2), monthDay.group(3)));
    }
    return Optional.empty();
  }

  /** The date of {@code day} as {@code --MM-DD}. */
  static String monthDay(LocalDate day) {
    return MonthDay.from(day).toString();
  }

  private static Optional<String> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT))).map(String::valueOf);
  }

  private static Optional<String> iso(String month, String day, String year) {
    try {
      int m = Integer.parseInt(month);
      int d = Integer.parseInt(day);
      if (year == null) {
        return Optional.of(MonthDay.of(m, d).toString());
      }
      LocalDate date = LocalDate.of(Integer.parseInt(year), m, d);
      return date.getYear() < 1900 ? Optional.empty() : Optional.of(date.toString());
    } catch (DateTimeException e) {
      return Optional.empty(); // 31.02 is no date: nothing was stated
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"січня", "января", "january", "jan"},
      {"лютого", "февраля", "february", "feb"},
      {"березня", "марта", "march", "mar"},
      {"квітня", "апреля", "april", "apr"},
      {"травня", "мая", "may"},
      {"червня", "июня", "june", "jun"},
      {"липня", "июля", "july", "jul"},
      {"серпня", "августа", "august", "aug"},
      {"вересня", "сентября", "september", "sep", "sept"},
      {"жовтня", "октября", "october", "oct"},
      {"листопада", "ноября", "november", "nov"},
      {"грудня", "декабря", "december", "dec"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
