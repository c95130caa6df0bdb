package dev.gryag.core.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFeaturesTest {

  private final LocalAnalyzer analyzer = LocalAnalyzer.withDefaults();

  private TextFeatures features(String text) {
    return analyzer.analyze(text).features();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t", "\u2003\u00A0 "})
  void nullAndBlankTextIsTheEmptyAnalysis(String text) {
    assertThat(analyzer.analyze(text)).isSameAs(Analysis.EMPTY);
  }

  @Test
  void emojiSequencesAreOneEmojiAndOneCharacterEach() {
    String family = "👨‍👩‍👧‍👦";
    String flag = "🇺🇦";
    String thumb = "👍🏽";
    String keycap = "1️⃣";
    String rainbow = "🏳️‍🌈";
    String scotland = "🏴󠁧󠁢󠁳󠁣󠁴󠁿";
    String facepalm = "🤦🏻‍♂️";
    String text = family + flag + thumb + " " + keycap + rainbow + scotland + facepalm + "❤️";

    TextFeatures features = features(text);

    assertThat(features.emoji())
        .containsExactly(family, flag, thumb, keycap, rainbow, scotland, facepalm, "❤️");
    assertThat(features.characters()).isEqualTo(9);
    assertThat(features.words()).isZero();
  }

  @Test
  void twoFlagsSideBySideStayTwoFlags() {
    assertThat(features("🇺🇦🇵🇱🇩🇪").emoji()).containsExactly("🇺🇦", "🇵🇱", "🇩🇪");
  }

  @Test
  void characterCountsAgreeWithTheJdkGraphemeBreaker() {
    List<String> texts = new ArrayList<>();
    Evaluation.load("eval.tsv").forEach(sample -> texts.add(sample.text()));
    texts.add(
        "é with e\u0301 combining, й written as и\u0306, Thai สวัสดี, Zalgo z\u0351\u0352\u0353");
    texts.add("👩🏽‍💻 works; 🧑‍🤝‍🧑 meet; 🐻‍❄️ and 👁️‍🗨️ and #️⃣ *️⃣");
    texts.add("line\r\nbreak and\ttab");
    for (String text : texts) {
      assertThat(Unicode.graphemes(text)).as(text).isEqualTo(jdkGraphemes(text));
    }
  }

  private static int jdkGraphemes(String text) {
    BreakIterator breaker = BreakIterator.getCharacterInstance();
    breaker.setText(text);
    int count = 0;
    while (breaker.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }

  @Test
  void linksMentionsHashtagsAndCommandsStayWhole() {
    TextFeatures features =
        features(
            "@olena_k дивись https://example.com/a/b?q=1&x=2#top і t.me/gryag_chat, /start@GryagBot"
                + " #котики_найкращі #2024year www.site.org/path.");

    assertThat(features.links()).isEqualTo(3);
    assertThat(features.mentions()).containsExactly("olena_k");
    assertThat(features.hashtags()).containsExactly("котики_найкращі", "2024year");
    assertThat(features.commands()).containsExactly("/start@GryagBot");
    assertThat(features.words()).isEqualTo(2);
    assertThat(analyzer.analyze("https://example.com/very-useful-page").keywords()).isEmpty();
  }

  @Test
  void thingsThatOnlyLookLikeMentionsCommandsOrLinksAreNot() {
    TextFeatures features =
        features("mail me at ann@example.net, see /usr/bin and C# or e.g. this");

    assertThat(features.mentions()).isEmpty();
    assertThat(features.commands()).isEmpty();
    assertThat(features.hashtags()).isEmpty();
    assertThat(features.links()).isEqualTo(1);
  }

  @Test
  void aLinkLosesTheSentencePunctuationAfterIt() {
    Analysis analysis = analyzer.analyze("глянь (https://example.com/x), це https://a.io/b.");
    assertThat(analysis.features().links()).isEqualTo(2);
    assertThat(analysis.sentiment().label()).isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void questionsExclamationsCapsAndProfanity() {
    assertThat(features("хто йде?").question()).isTrue();
    assertThat(features("чи є хтось вдома").question()).isTrue();
    assertThat(features("how do I fix this").question()).isTrue();
    assertThat(features("як же я втомився!").question()).isFalse();
    assertThat(features("йду додому").question()).isFalse();
    assertThat(features("ура!").exclamation()).isTrue();
    assertThat(features("АБВГ abcd").capsRatio()).isEqualTo(0.5);
    assertThat(features("ну це пиздець").profanity()).isTrue();
    assertThat(features("this is fucking great").profanity()).isTrue();
    assertThat(features("сукня і гімн").profanity()).isFalse();
  }

  @Test
  void neverBreaksASurrogatePairAndSurvivesBrokenUnicode() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      String text = randomText(random, 1 + random.nextInt(80));
      Analysis analysis = analyzer.analyze(text);
      analysis.features().emoji().forEach(e -> assertWellFormedUnlessInput(e, text));
      analysis.keywords().forEach(k -> assertWellFormedUnlessInput(k, text));
      analysis.features().hashtags().forEach(h -> assertWellFormedUnlessInput(h, text));
    }
  }

  private static void assertWellFormedUnlessInput(String part, String text) {
    boolean inputWellFormed = wellFormed(text);
    if (inputWellFormed) {
      assertThat(wellFormed(part)).as("%s from %s", part, text).isTrue();
    }
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String randomText(Random random, int length) {
    int[] pool = {
      'a', 'Z', 'ї', 'ё', 'ы', ' ', '\'', 'ʼ', '-', '@', '#', '/', ':', ')', '(', '!', '?', '.',
      0x1F600, 0x1F44D, 0x1F3FD, 0x200D, 0xFE0F, 0x1F1FA, 0x1F1E6, 0x20E3, 0x0301, 0xD83D, 0xDC4D,
      'h', 't', 'p', 'w', '1'
    };
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int cp = pool[random.nextInt(pool.length)];
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        out.append((char) cp); // a lone surrogate now and then
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  @Test
  void aHundredThousandCharacterMessageIsAnalysed() {
    String sentence =
        "Привіт усім, це дуже довге повідомлення про котиків і погоду 😂 https://t.me/x ";
    String text = sentence.repeat(100_000 / sentence.length() + 1).substring(0, 100_000);

    Analysis analysis = analyzer.analyze(text);

    assertThat(analysis.language().language()).isEqualTo(Language.UK);
    assertThat(analysis.features().words()).isGreaterThan(10_000);
    assertThat(analysis.keywords()).contains("котик");
    assertThat(analysis.topics()).contains("pets", "weather");
  }

  @Test
  void pathologicalHugeInputsFinish() {
    String[] inputs = {
      "a.".repeat(50_000),
      "(".repeat(100_000),
      ")".repeat(100_000),
      "@".repeat(100_000),
      "http://".repeat(14_000),
      "x".repeat(100_000),
      "\u200D".repeat(100_000),
      "👍🏽".repeat(25_000),
      "🇺".repeat(50_000),
      "#a".repeat(50_000),
      ":)".repeat(50_000),
      "1.".repeat(50_000),
      "-".repeat(100_000),
      "е\u0308".repeat(50_000)
    };
    for (String input : inputs) {
      assertThat(analyzer.analyze(input)).as(input.substring(0, 8)).isNotNull();
    }
    assertThat(features("x".repeat(100_000)).words()).isEqualTo(1);
    assertThat(features("👍🏽".repeat(25_000)).emoji()).hasSize(25_000);
  }
}
