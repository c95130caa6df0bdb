package dev.gryag.core.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.analyzer.Sentiment.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentAndEmotionTest {

  private final LocalAnalyzer analyzer = LocalAnalyzer.withDefaults();

  private Sentiment sentiment(String text) {
    return analyzer.analyze(text).sentiment();
  }

  @ParameterizedTest
  @CsvSource({"добре, не добре", "хорошо, не хорошо", "good, not good", "great, isn't great"})
  void aNegatorTurnsPraiseNegative(String praise, String negated) {
    assertThat(sentiment(praise).label()).isEqualTo(Label.POSITIVE);
    assertThat(sentiment(negated).label()).isEqualTo(Label.NEGATIVE);
  }

  @ParameterizedTest
  @CsvSource({"погано, не погано", "плохо, не плохо", "bad, not bad"})
  void aNegatorSoftensCriticismIntoPraise(String criticism, String negated) {
    assertThat(sentiment(criticism).label()).isEqualTo(Label.NEGATIVE);
    assertThat(sentiment(negated).score()).isGreaterThan(0);
  }

  @Test
  void negationReachesThreeWordsAndStopsAtPunctuation() {
    assertThat(sentiment("не був він добрим").score()).isNegative();
    assertThat(sentiment("не знаю. добре").label()).isEqualTo(Label.POSITIVE);
  }

  @ParameterizedTest
  @CsvSource({
    "добре, дуже добре, трохи добре",
    "хорошо, очень хорошо, немного хорошо",
    "good, very good, slightly good",
    "погано, дуже погано, трохи погано"
  })
  void intensifiersStrengthenAndDampenersWeaken(String plain, String stronger, String weaker) {
    double base = Math.abs(sentiment(plain).score());
    assertThat(Math.abs(sentiment(stronger).score())).isGreaterThan(base);
    assertThat(Math.abs(sentiment(weaker).score())).isLessThan(base);
    assertThat(Math.signum(sentiment(stronger).score()))
        .isEqualTo(Math.signum(sentiment(plain).score()));
  }

  @Test
  void notVeryGoodIsMilderThanNotGood() {
    assertThat(sentiment("не дуже добре").score())
        .isNegative()
        .isGreaterThan(sentiment("не добре").score());
  }

  @Test
  void capitalsStretchedLettersAndExclamationsStress() {
    double plain = sentiment("це класно").score();
    assertThat(sentiment("це КЛАСНО і все").score())
        .isGreaterThan(sentiment("це класно і все").score());
    assertThat(sentiment("це класнооо").score()).isGreaterThan(plain);
    assertThat(sentiment("це класно!!!").score()).isGreaterThan(plain);
  }

  @Test
  void whatFollowsButCountsMore() {
    assertThat(sentiment("гарно, але дорого і незручно").score()).isNegative();
    assertThat(sentiment("the food was bad but the people were wonderful").score()).isPositive();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "😂 | POSITIVE | JOY",
        "😭 | NEGATIVE | SADNESS",
        "🤮 | NEGATIVE | DISGUST",
        "😡 | NEGATIVE | ANGER",
        "😱 | NEGATIVE | FEAR",
        "❤️ | POSITIVE | JOY",
        "👍🏽 | POSITIVE | NEUTRAL",
        ":) | POSITIVE | JOY",
        ":-( | NEGATIVE | SADNESS",
        "xD | POSITIVE | JOY",
        "ок))) | POSITIVE | JOY",
        "ну ладно(( | NEGATIVE | SADNESS"
      })
  void emojiAndEmoticonsCarrySentimentAndEmotion(String text, Label label, Emotion emotion) {
    Analysis analysis = analyzer.analyze(text);
    assertThat(analysis.sentiment().label()).isEqualTo(label);
    assertThat(analysis.emotion()).isEqualTo(emotion);
  }

  @Test
  void bracketsThatCloseAnOpenBracketAreNoSmiley() {
    assertThat(sentiment("я прийду (якщо встигну)").label()).isEqualTo(Label.NEUTRAL);
    assertThat(sentiment("я прийду)").label()).isEqualTo(Label.POSITIVE);
  }

  @Test
  void laughterOfAnyLengthIsJoy() {
    for (String laughter : new String[] {"хахахах", "ахахахахаха", "hahahahaha", "пхахах"}) {
      Analysis analysis = analyzer.analyze(laughter);
      assertThat(analysis.emotion()).as(laughter).isEqualTo(Emotion.JOY);
      assertThat(analysis.sentiment().label()).as(laughter).isEqualTo(Label.POSITIVE);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "мене це бісить | ANGER",
        "меня это бесит | ANGER",
        "мені так сумно | SADNESS",
        "мне так грустно | SADNESS",
        "i'm so scared | FEAR",
        "фу, гидота | DISGUST",
        "ого, ніфіга собі | SURPRISE",
        "ура, ми перемогли | JOY",
        "завтра о сьомій біля входу | NEUTRAL"
      })
  void emotionWordsNameTheEmotion(String text, Emotion emotion) {
    assertThat(analyzer.analyze(text).emotion()).isEqualTo(emotion);
  }

  @Test
  void aNegatedEmotionWordIsNoEmotion() {
    assertThat(analyzer.analyze("я не боюсь").emotion()).isNotEqualTo(Emotion.FEAR);
  }

  @Test
  void transliteratedWordsCarryTheirSentiment() {
    assertThat(sentiment("eto bylo klassno").label()).isEqualTo(Label.POSITIVE);
    assertThat(sentiment("duzhe pohano").label()).isEqualTo(Label.NEGATIVE);
  }

  @Test
  void scoresStayWithinTheirRangeWhateverTheAmount() {
    String praise = "чудово ".repeat(500) + "😍".repeat(500);
    assertThat(sentiment(praise).score()).isLessThanOrEqualTo(1).isGreaterThan(0.99);
    assertThat(sentiment("жах ".repeat(500)).score()).isGreaterThanOrEqualTo(-1).isLessThan(-0.99);
  }
}
