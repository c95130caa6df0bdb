package dev.gryag.core.personalization;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The statements {@link RuleBasedFactExtractor} recognises, in Ukrainian, Russian and English. Each
 * rule is a first-person trigger (matched ignoring case) followed by a value whose shape depends on
 * its {@link Shape} (matched with case: a place must start with a capital letter).
 */
final class FactRules {

  /** What a rule's value looks like, which says how it is captured and checked. */
  enum Shape {
    /** A given name, optionally followed by a capitalised surname. */
    NAME("(?<v>\\p{L}[\\p{L}'-]{0,30}(?:\\s+\\p{Lu}[\\p{L}'-]{0,30})?)"),
    /** A name that must be capitalised (English "call me", which is often not about names). */
    CAPITALISED_NAME("(?<v>\\p{Lu}[\\p{L}'-]{0,30}(?:\\s+\\p{Lu}[\\p{L}'-]{0,30})?)"),
    /** A place: one to three capitalised words. */
    PLACE("(?:the\\s+)?(?<v>\\p{Lu}[\\p{L}'-]{0,40}(?:\\s+\\p{Lu}[\\p{L}'-]{0,40}){0,2})"),
    /** A place after "з/із/с" ("я з Києва"), which must not be a companion ("я з Олегом"). */
    ORIGIN("(?<v>\\p{Lu}[\\p{L}'-]{0,40}(?:\\s+\\p{Lu}[\\p{L}'-]{0,40}){0,2})"),
    /** An organisation: one to three capitalised words, digits and {@code & . -} allowed. */
    ORGANISATION(
        "(?<v>\\p{Lu}[\\p{L}\\p{N}&'.-]{0,40}(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'.-]{0,40}){0,2})"),
    /** A Slavic occupation in the instrumental case ("програмістом", "старшим инженером"). */
    INSTRUMENTAL("(?<v>\\p{L}[\\p{L}'-]{1,40}(?:\\s+\\p{L}[\\p{L}'-]{1,40})?)"),
    /** An occupation in the nominative case or in English: up to three words. */
    WORDS("(?:an?\\s+)?(?<v>\\p{L}[\\p{L}'-]{1,40}(?:\\s+\\p{L}[\\p{L}'-]{1,40}){0,2})"),
    /** Pronouns with slashes: she/her, вона/її, they/them/theirs. */
    PRONOUNS("(?<v>\\p{L}{1,12}(?:/\\p{L}{1,12}){1,2})"),
    /** A calendar date: 12.03, 12.03.1990, 1990-03-12, 12 березня, March 12th, 1990. */
    DATE(
        "(?<v>\\d{1,2}\\.\\d{1,2}(?:\\.\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+\\p{L}{3,12}"
            + "(?:\\s+\\d{4})?|\\p{L}{3,9}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)"),
    /** Nothing: the trigger says it all ("today is my birthday"). */
    TODAY("(?<v>)"),
    /** An age in years. */
    AGE("(?<v>\\d{1,3})");

    final String regex;

    Shape(String regex) {
      this.regex = regex;
    }
  }

  /** One recognisable statement. */
  record Rule(
      String key,
      FactCategory category,
      double confidence,
      Shape shape,
      List<String> anchors,
      Pattern pattern) {

    /** True when {@code lowerCaseText} holds one of the words the rule needs: a cheap pre-check. */
    boolean mayMatch(String lowerCaseText) {
      for (String anchor : anchors) {
        if (lowerCaseText.contains(anchor)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String DASH = "(?:\\s*[—–:-])?";

  static final List<Rule> RULES =
      List.of(
          rule(
              FactKeys.PREFERRED_NAME,
              FactCategory.PREFERENCE,
              0.95,
              Shape.NAME,
              List.of("називай", "клич", "зови", "называй"),
              "(?:називай(?:те)?|клич(?:те)?)\\s+мене|(?:зови(?:те)?|называй(?:те)?)\\s+меня"),
          rule(
              FactKeys.PREFERRED_NAME,
              FactCategory.PREFERENCE,
              0.95,
              Shape.CAPITALISED_NAME,
              List.of("call me", "go by"),
              "(?:you\\s+can\\s+|please\\s+)?call\\s+me|i\\s+go\\s+by"),
          rule(
              FactKeys.NAME,
              FactCategory.IDENTITY,
              0.9,
              Shape.NAME,
              List.of("звати", "звуть", "ім'я", "зовут", "имя", "name", "called"),
              "мене\\s+(?:звати|звуть)|моє\\s+ім'я"
                  + DASH
                  + "|меня\\s+зовут|мо[её]\\s+имя"
                  + DASH
                  + "|my\\s+name\\s+is|my\\s+name's|i\\s+am\\s+called|i'm\\s+called"),
          rule(
              FactKeys.PRONOUNS,
              FactCategory.IDENTITY,
              0.95,
              Shape.PRONOUNS,
              List.of("займенник", "местоимени", "pronoun", "/"),
              "мої\\s+займенники"
                  + DASH
                  + "|(?:я\\s+)?використовую\\s+займенники|мои\\s+местоимения"
                  + DASH
                  + "|my\\s+pronouns\\s+are|my\\s+pronouns"
                  + DASH
                  + "|i\\s+use"),
          rule(
              FactKeys.CITY,
              FactCategory.LOCATION,
              0.85,
              Shape.PLACE,
              List.of("живу", "мешкаю", "переїха", "переехал", "live", "living", "based", "moved"),
              "(?:я\\s+)?(?:живу|мешкаю)\\s+(?:в|у|на)|(?:я\\s+)?переїха(?:в|ла)\\s+(?:в|у|до)"
                  + "|(?:я\\s+)?живу\\s+(?:в|во|на)|(?:я\\s+)?переехала?\\s+(?:в|во|на)"
                  + "|i\\s+live\\s+in|i'm\\s+living\\s+in|i\\s+am\\s+living\\s+in"
                  + "|i'm\\s+based\\s+in|i\\s+am\\s+based\\s+in|i(?:'ve|\\s+have)?\\s+moved\\s+to"),
          rule(
              FactKeys.HOMETOWN,
              FactCategory.LOCATION,
              0.85,
              Shape.ORIGIN,
              List.of("я з", "я із", "я зі", "я из", "я с", "я родом"),
              "я\\s+(?:родом\\s+)?(?:з|із|зі|из|с|со)"),
          rule(
              FactKeys.HOMETOWN,
              FactCategory.LOCATION,
              0.85,
              Shape.PLACE,
              List.of("народи", "родил", "from", "born"),
              "я\\s+народи(?:вся|лася)\\s+(?:в|у)|я\\s+родил(?:ся|ась)\\s+(?:в|во)"
                  + "|i'm\\s+from|i\\s+am\\s+from|i\\s+come\\s+from|i\\s+was\\s+born\\s+in"),
          rule(
              FactKeys.EMPLOYER,
              FactCategory.WORK,
              0.8,
              Shape.ORGANISATION,
              List.of("працюю", "работаю", "work"),
              "(?:я\\s+)?працюю(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:в|у|на)"
                  + "|(?:я\\s+)?работаю(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:в|во|на)"
                  + "|i(?:'m|\\s+am)?\\s+work(?:ing)?(?:\\s+as(?:\\s+[\\p{L}'-]+){1,3}?)?"
                  + "\\s+(?:at|for)"),
          rule(
              FactKeys.OCCUPATION,
              FactCategory.WORK,
              0.8,
              Shape.INSTRUMENTAL,
              List.of("працюю", "работаю"),
              "(?:я\\s+)?працюю|(?:я\\s+)?работаю"),
          rule(
              FactKeys.OCCUPATION,
              FactCategory.WORK,
              0.8,
              Shape.WORDS,
              List.of("професі", "професси", "work"),
              "(?:я\\s+)?за\\s+професією|(?:я\\s+)?по\\s+профессии"
                  + "|i\\s+work\\s+as|i'm\\s+working\\s+as|i\\s+am\\s+working\\s+as"),
          rule(
              FactKeys.BIRTHDAY,
              FactCategory.PERSONAL,
              0.8,
              Shape.TODAY,
              List.of("народжен", "рождени", "birthday"),
              "(?:сьогодні\\s+(?:мій|в\\s+мене|у\\s+мене)|(?:в|у)\\s+мене\\s+сьогодні)\\s+день"
                  + "\\s+народження|(?:сегодня\\s+(?:мой|у\\s+меня)|у\\s+меня\\s+сегодня)\\s+день"
                  + "\\s+рождения|today\\s+is\\s+my\\s+birthday|it's\\s+my\\s+birthday\\s+today"),
          rule(
              FactKeys.BIRTHDAY,
              FactCategory.PERSONAL,
              0.9,
              Shape.DATE,
              List.of("народжен", "рождени", "birthday", "народи", "родил", "born"),
              "(?:мій|(?:в|у)\\s+мене)\\s+день\\s+народження"
                  + DASH
                  + "(?:\\s+(?:в|у|—))?"
                  + "|я\\s+народи(?:вся|лася)|(?:мой|у\\s+меня)\\s+день\\s+рождения"
                  + DASH
                  + "|я\\s+родил(?:ся|ась)|my\\s+birthday\\s+is(?:\\s+on)?|my\\s+birthday's"
                  + "|i\\s+was\\s+born\\s+on"),
          rule(
              FactKeys.AGE,
              FactCategory.PERSONAL,
              0.85,
              Shape.AGE,
              List.of("рік", "роки", "років", "год", "лет", "year", "y.o", "yo"),
              "мені|мне|i'm|i\\s+am"));

  /** What follows an age for each language: "років", "лет", "years old". */
  static final Pattern AGE_UNIT =
      Pattern.compile(
          "(?iu)^\\s+(?:рік|роки|років|год|года|лет|years?\\s+old|y\\.?o\\.?)(?![\\p{L}])");

  private FactRules() {}

  private static Rule rule(
      String key,
      FactCategory category,
      double confidence,
      Shape shape,
      List<String> anchors,
      String trigger) {
    String regex =
        "(?<![\\p{L}\\p{N}'])(?iu:" + trigger + ")\\s+" + shape.regex + "(?![\\p{L}\\p{N}'/-])";
    if (shape == Shape.TODAY) {
      regex = "(?<![\\p{L}\\p{N}'])(?iu:" + trigger + ")(?<v>)(?![\\p{L}])";
    }
    return new Rule(key, category, confidence, shape, anchors, Pattern.compile(regex));
  }
}
