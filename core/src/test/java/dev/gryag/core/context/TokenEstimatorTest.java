package dev.gryag.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenEstimatorTest {

  private final TokenEstimator estimator = TokenEstimator.standard();

  @Test
  void empty_text_costs_nothing() {
    assertThat(estimator.estimate("")).isZero();
  }

  @Test
  void english_reads_at_about_four_letters_a_token() {
    // GPT-4o's tokenizer counts 8 tokens here.
    assertThat(estimator.estimate("Hello, how are you doing today?")).isBetween(7, 10);
  }

  @Test
  void ukrainian_costs_more_per_letter_than_english() {
    // "Привіт, як у тебе справи сьогодні?" is 9 to 11 tokens in current tokenizers.
    int ukrainian = estimator.estimate("Привіт, як у тебе справи сьогодні?");
    assertThat(ukrainian).isBetween(10, 16);
    assertThat(estimator.estimate("абвгдежзий")).isGreaterThan(estimator.estimate("abcdefghij"));
  }

  @Test
  void emoji_and_ideographs_cost_at_least_a_token_each() {
    assertThat(estimator.estimate("😀😀😀")).isGreaterThanOrEqualTo(3);
    assertThat(estimator.estimate("你好世界")).isGreaterThanOrEqualTo(4);
  }

  @Test
  void the_estimate_grows_with_the_text() {
    String text = "Гряг, поясни будь ласка, що таке монада? ";
    assertThat(estimator.estimate(text.repeat(10))).isGreaterThan(estimator.estimate(text) * 9);
  }

  @Test
  void the_estimate_is_subadditive_on_any_text() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "abcXYZ019 ,.!?\nабвгґєїіщьюя😀👍🏽你\t-'’";
    for (int i = 0; i < 2000; i++) {
      String a = randomText(random, alphabet);
      String b = randomText(random, alphabet);
      assertThat(estimator.estimate(a + b))
          .as("'%s' + '%s'", a, b)
          .isLessThanOrEqualTo(estimator.estimate(a) + estimator.estimate(b));
    }
  }

  private static String randomText(SplittableRandom random, String alphabet) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(0, 30);
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return text.toString();
  }
}
