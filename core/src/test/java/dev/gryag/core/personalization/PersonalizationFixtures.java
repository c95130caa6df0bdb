package dev.gryag.core.personalization;

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
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Small factories for personalization tests and for the store contract tests that adapters run:
 * members, messages, hand-built analyses, profiles and facts.
 */
public final class PersonalizationFixtures {

  public static final ChatId CHAT = ChatId.of(-1001234567890L);
  public static final ChatId OTHER_CHAT = ChatId.of(-1009876543210L);
  public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z"); // a Monday
  public static final Author ALICE = Author.person(101, "Аліса Коваль", "alice_k");
  public static final Author BOB = Author.person(102, "Bob", "bobby");
  public static final Author CAROL = Author.person(103, "Кэрол", null);

  private PersonalizationFixtures() {}

  /** A text message by {@code author} in {@link #CHAT}. */
  public static ChatMessage message(long id, Author author, Instant at, String text) {
    return ChatMessage.text(new MessageRef(CHAT, id), author, at, text);
  }

  /** A text message by {@code author} in {@code chat}. */
  public static ChatMessage message(ChatId chat, long id, Author author, Instant at, String text) {
    return ChatMessage.text(new MessageRef(chat, id), author, at, text);
  }

  /** A fresh builder for an analysis. */
  public static AnalysisBuilder analysis() {
    return new AnalysisBuilder();
  }

  /** An analysis of a plain Ukrainian message of {@code words} words. */
  public static Analysis words(int words) {
    return analysis().words(words).build();
  }

  /**
   * A profile with every part populated, Unicode and emoji included: a round-trip test for stores.
   */
  public static MemberProfile richProfile(ChatId chat, Author author, Instant start, int messages) {
    ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
    Optional<MemberProfile> profile = Optional.empty();
    for (int i = 0; i < messages; i++) {
      Analysis analysis =
          analysis()
              .language(i % 3 == 0 ? Language.RU : Language.UK)
              .sentiment(((i % 7) - 3) / 4.0)
              .emotion(i % 2 == 0 ? Emotion.JOY : Emotion.ANGER)
              .keywords("футбол", "кава" + (i % 4), "реліз")
              .topics("sport", "work")
              .words(3 + i % 9)
              .emoji("😂", i % 2 == 0 ? "🔥" : "👍🏽")
              .question(i % 4 == 0)
              .build();
      ChatMessage message =
          message(chat, 1000 + i, author, start.plus(Duration.ofMinutes(97L * i)), "Текст " + i);
      UserId repliedTo = i % 3 == 0 ? UserId.of(999) : null;
      profile = Optional.of(folder.fold(profile, message, analysis, repliedTo));
    }
    return folder.repliedBy(profile.orElseThrow(), UserId.of(998));
  }

  /** A fact about {@code member} with the given key, value, confidence and confirmation time. */
  public static Fact fact(
      ChatId chat, UserId member, String key, String value, double confidence, Instant at) {
    return new Fact(
        chat,
        member,
        FactCategory.OTHER,
        key,
        value,
        confidence,
        1,
        new MessageRef(chat, 1 + Math.abs(key.hashCode() % 100_000)),
        at,
        at);
  }

  /** Builds {@link Analysis} values by hand, so tests do not depend on the analyzer. */
  public static final class AnalysisBuilder {
    private Language language = Language.UK;
    private double sentiment;
    private Emotion emotion = Emotion.NEUTRAL;
    private final List<String> keywords = new ArrayList<>();
    private final LinkedHashSet<String> topics = new LinkedHashSet<>();
    private int words = 3;
    private final List<String> emoji = new ArrayList<>();
    private boolean question;
    private boolean profanity;
    private double caps;
    private int links;

    public AnalysisBuilder language(Language value) {
      language = value;
      return this;
    }

    public AnalysisBuilder sentiment(double value) {
      sentiment = value;
      return this;
    }

    public AnalysisBuilder emotion(Emotion value) {
      emotion = value;
      return this;
    }

    public AnalysisBuilder keywords(String... values) {
      keywords.addAll(List.of(values));
      return this;
    }

    public AnalysisBuilder topics(String... values) {
      topics.addAll(List.of(values));
      return this;
    }

    public AnalysisBuilder words(int value) {
      words = value;
      return this;
    }

    public AnalysisBuilder emoji(String... values) {
      emoji.addAll(List.of(values));
      return this;
    }

    public AnalysisBuilder question(boolean value) {
      question = value;
      return this;
    }

    public AnalysisBuilder profanity(boolean value) {
      profanity = value;
      return this;
    }

    public AnalysisBuilder caps(double ratio) {
      caps = ratio;
      return this;
    }

    public AnalysisBuilder links(int value) {
      links = value;
      return this;
    }

    public Analysis build() {
      Sentiment.Label label =
          sentiment > 0.05
              ? Sentiment.Label.POSITIVE
              : sentiment < -0.05 ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
      LanguageGuess guess =
          words == 0
              ? LanguageGuess.UNKNOWN
              : new LanguageGuess(language, 0.9, false, Language.UNKNOWN);
      TextFeatures features =
          new TextFeatures(
              words * 6, words, question, false, emoji, links, List.of(), List.of(), List.of(),
              caps, profanity);
      return new Analysis(
          guess, new Sentiment(sentiment, label), emotion, keywords, topics, features);
    }
  }
}
