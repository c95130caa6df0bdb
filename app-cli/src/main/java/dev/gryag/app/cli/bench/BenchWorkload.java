package dev.gryag.app.cli.bench;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.analyzer.LanguageGuess;
import dev.gryag.core.analyzer.Sentiment;
import dev.gryag.core.analyzer.TextFeatures;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic but chat-like stream of messages with hand-built analyses: skewed vocabulary, topics
 * and emoji, a mix of languages, replies to recent messages, now and then a fact statement.
 */
final class BenchWorkload {

  private static final String[] TEXTS = {
    "Привіт усім, як справи?",
    "Сьогодні знову дощ",
    "хто йде на каву?",
    "ахаха ну ти даєш)))",
    "Я живу в Києві",
    "Мене звати Олег",
    "Меня зовут Дима, я из Минска",
    "I work as a designer",
    "Реліз відклали на понеділок.",
    "ок",
    "Дивіться, що знайшов: https://example.com",
    "Кто смотрел вчерашний матч?",
    "My name is Sam and I live in Berlin",
    "норм",
    "👍",
  };
  private static final Language[] LANGUAGES = {
    Language.UK,
    Language.UK,
    Language.UK,
    Language.UK,
    Language.RU,
    Language.RU,
    Language.EN,
    Language.OTHER,
  };

  final ChatMessage[] messages;
  final Analysis[] analyses;

  /** Index into {@link #members} of each message's author. */
  final int[] authorOf;

  final Author[] members;
  final ChatId[] chatOf;

  private BenchWorkload(int size, int memberCount) {
    messages = new ChatMessage[size];
    analyses = new Analysis[size];
    authorOf = new int[size];
    members = new Author[memberCount];
    chatOf = new ChatId[memberCount];
  }

  /** {@code size} messages by {@code memberCount} members spread over 10 chats. */
  static BenchWorkload generate(long seed, int size, int memberCount) {
    Random random = new Random(seed);
    BenchWorkload w = new BenchWorkload(size, memberCount);
    for (int m = 0; m < memberCount; m++) {
      w.members[m] = Author.person(10_000 + m, "Member " + m, m % 3 == 0 ? null : "member_" + m);
      w.chatOf[m] = ChatId.of(-1_000_000L - m % 10);
    }
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < size; i++) {
      int member = skewed(random, memberCount);
      ChatMessage message =
          ChatMessage.text(
              new MessageRef(w.chatOf[member], i + 1L),
              w.members[member],
              start.plusSeconds(i * 20L),
              TEXTS[random.nextInt(TEXTS.length)]);
      if (i > 100 && random.nextInt(10) < 3) {
        message = message.withReplyTo(i - (long) random.nextInt(100));
      }
      w.messages[i] = message;
      w.authorOf[i] = member;
      w.analyses[i] = analysis(random);
    }
    return w;
  }

  /** Skewed towards small values: a few members, words and emoji are far more common. */
  private static int skewed(Random random, int bound) {
    double u = random.nextDouble();
    return Math.min(bound - 1, (int) (bound * u * u * u));
  }

  private static Analysis analysis(Random random) {
    int words = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(25);
    List<String> keywords = new ArrayList<>();
    for (int k = random.nextInt(6); k > 0 && words > 0; k--) {
      keywords.add("слово" + skewed(random, 20_000));
    }
    Set<String> topics = new LinkedHashSet<>();
    for (int t = random.nextInt(3); t > 0 && words > 0; t--) {
      topics.add("topic" + skewed(random, 30));
    }
    List<String> emoji = new ArrayList<>();
    if (random.nextInt(10) < 3) {
      for (int e = 1 + random.nextInt(3); e > 0; e--) {
        emoji.add(new String(Character.toChars(0x1F600 + skewed(random, 80))));
      }
    }
    double score = random.nextDouble() * 2 - 1;
    Language language = LANGUAGES[random.nextInt(LANGUAGES.length)];
    return new Analysis(
        words == 0
            ? LanguageGuess.UNKNOWN
            : new LanguageGuess(language, 0.8, false, Language.UNKNOWN),
        new Sentiment(
            score,
            score > 0.1
                ? Sentiment.Label.POSITIVE
                : score < -0.1 ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL),
        Emotion.values()[random.nextInt(Emotion.values().length)],
        keywords,
        topics,
        new TextFeatures(
            words * 6,
            words,
            random.nextInt(5) == 0,
            random.nextInt(8) == 0,
            emoji,
            random.nextInt(20) == 0 ? 1 : 0,
            List.of(),
            List.of(),
            List.of(),
            random.nextDouble() * 0.3,
            random.nextInt(30) == 0));
  }
}
