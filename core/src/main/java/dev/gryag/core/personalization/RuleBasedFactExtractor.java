package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import dev.gryag.core.personalization.FactRules.Rule;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit first-person statements in Ukrainian, Russian and English: name ("мене звати…",
 * "меня зовут…", "my name is…"), what to be called, pronouns, where the member lives and comes
 * from, occupation and employer, birthday and age. Questions ("як тебе звати?"), negations ("я не
 * живу в…"), hypotheticals, quotes and forwarded messages state nothing. Thread-safe; no I/O.
 */
public final class RuleBasedFactExtractor implements FactExtractor {

  private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?…;])\\s+|\\n+");
  private static final Pattern QUOTED =
      Pattern.compile("«[^»]*»|\"[^\"\\n]*\"|“[^”\\n]*”|„[^“”\\n]*[“”]");
  private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ`´‘]");
  private static final Pattern NEGATED =
      Pattern.compile(
          "(?iu)(?:^|[^\\p{L}])(?:не|ни|not|never|ніколи|никогда|don't|do not|doesn't)\\s*$");
  private static final Pattern HYPOTHETICAL =
      Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:якби|якщо б|если бы|if|imagine|уяви|представь)\\s");
  private static final Pattern QUESTION_NEXT = Pattern.compile("^\\s*\\?");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "як",
          "що",
          "хто",
          "не",
          "ніяк",
          "так",
          "тебе",
          "вас",
          "його",
          "її",
          "їх",
          "нас",
          "мене",
          "как",
          "кто",
          "что",
          "никак",
          "тебя",
          "его",
          "её",
          "меня",
          "what",
          "who",
          "not",
          "nobody",
          "it",
          "you",
          "me",
          "him",
          "her",
          "later",
          "back",
          "maybe",
          "when",
          "if",
          "tomorrow",
          "again",
          "anytime",
          "sometime",
          "soon",
          "now",
          "please",
          "the");
  private static final Set<String> PRONOUNS =
      Set.of("she", "he", "they", "ze", "xe", "it", "вона", "він", "вони", "она", "он", "они");
  private static final Set<String> WORD_STOPS =
      Set.of(
          "at",
          "for",
          "in",
          "and",
          "but",
          "with",
          "from",
          "since",
          "on",
          "to",
          "here",
          "there",
          "now",
          "currently",
          "і",
          "й",
          "та",
          "а",
          "але",
          "в",
          "у",
          "на",
          "и",
          "но",
          "во",
          "уже",
          "вже",
          "зараз",
          "сейчас");
  private static final Pattern INSTRUMENTAL_END =
      Pattern.compile("(?iu).*(?:ом|ем|єм|ём|ою|ею|єю|ой|ей|ами|ями)");

  private final ZoneId zone;

  /** An extractor that reads "today" in UTC. */
  public RuleBasedFactExtractor() {
    this(ZoneOffset.UTC);
  }

  /** An extractor that reads "today is my birthday" as the message's date in {@code zone}. */
  public RuleBasedFactExtractor(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public List<ExtractedFact> extract(ChatMessage message, Analysis analysis) {
    if (message.forwarded()
        || message.role() != Role.USER
        || message.author().isBot()
        || message.text().isBlank()) {
      return List.of();
    }
    String text = prepared(message.text());
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, ExtractedFact> found = new LinkedHashMap<>();
    for (Rule rule : FactRules.RULES) {
      if (!found.containsKey(rule.key()) && rule.mayMatch(lower)) {
        first(rule, text, message).ifPresent(fact -> found.put(fact.key(), fact));
      }
    }
    return List.copyOf(found.values());
  }

  /** The text with one kind of apostrophe and without quoted speech (someone else's words). */
  private static String prepared(String text) {
    String plain = containsAny(text, "’ʼ`´‘") ? APOSTROPHES.matcher(text).replaceAll("'") : text;
    return containsAny(plain, "«\"“„") ? QUOTED.matcher(plain).replaceAll(" ") : plain;
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private Optional<ExtractedFact> first(Rule rule, String text, ChatMessage message) {
    for (String sentence : SENTENCES.split(text)) {
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        String before = sentence.substring(0, m.start());
        String after = sentence.substring(m.end());
        if (NEGATED.matcher(before).find()
            || HYPOTHETICAL.matcher(before).find()
            || QUESTION_NEXT.matcher(after).find()) {
          continue;
        }
        Optional<String> value = value(rule.shape(), m.group("v"), after, message);
        if (value.isPresent()) {
          return Optional.of(
              new ExtractedFact(rule.category(), rule.key(), value.get(), rule.confidence()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> value(FactRules.Shape shape, String raw, String after, ChatMessage m) {
    return switch (shape) {
      case NAME, CAPITALISED_NAME -> name(raw);
      case PLACE, ORGANISATION -> Optional.of(raw);
      case ORIGIN ->
          INSTRUMENTAL_END.matcher(firstWord(raw)).matches() ? Optional.empty() : Optional.of(raw);
      case INSTRUMENTAL -> leading(raw, w -> INSTRUMENTAL_END.matcher(w).matches());
      case WORDS -> leading(raw, w -> !WORD_STOPS.contains(w.toLowerCase(Locale.ROOT)));
      case PRONOUNS ->
          PRONOUNS.contains(firstWord(raw.replace('/', ' ')).toLowerCase(Locale.ROOT))
              ? Optional.of(raw.toLowerCase(Locale.ROOT))
              : Optional.empty();
      case DATE -> StatedDates.parse(raw);
      case TODAY -> Optional.of(StatedDates.monthDay(m.sentAt().atZone(zone).toLocalDate()));
      case AGE -> age(raw, after);
    };
  }

  private static Optional<String> name(String raw) {
    String first = firstWord(raw);
    if (NOT_NAMES.contains(first.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int cp = raw.codePointAt(0);
    return Optional.of(
        Character.isLowerCase(cp)
            ? new StringBuilder()
                .appendCodePoint(Character.toUpperCase(cp))
                .append(raw.substring(Character.charCount(cp)))
                .toString()
            : raw);
  }

  private static Optional<String> leading(String raw, java.util.function.Predicate<String> keep) {
    StringBuilder kept = new StringBuilder();
    for (String word : raw.split("\\s+")) {
      if (!keep.test(word)) {
        break;
      }
      kept.append(kept.isEmpty() ? "" : " ").append(word);
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.toString());
  }

  private static Optional<String> age(String raw, String after) {
    int years = Integer.parseInt(raw);
    if (years < 5 || years > 120 || !FactRules.AGE_UNIT.matcher(after).find()) {
      return Optional.empty();
    }
    return Optional.of(raw);
  }

  private static String firstWord(String raw) {
    int space = raw.indexOf(' ');
    return space < 0 ? raw : raw.substring(0, space);
  }
}
