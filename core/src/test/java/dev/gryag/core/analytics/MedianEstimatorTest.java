package dev.gryag.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MedianEstimatorTest {

  @Test
  void hasNoMedianBeforeTheFirstValue() {
    assertThat(new MedianEstimator().median()).isNaN();
  }

  @Test
  void isExactForFewValues() {
    MedianEstimator odd = new MedianEstimator();
    for (double value : new double[] {300, 5, 60}) {
      odd.add(value);
    }
    MedianEstimator even = new MedianEstimator();
    for (double value : new double[] {10, 40, 20, 30}) {
      even.add(value);
    }

    assertThat(odd.median()).isEqualTo(60);
    assertThat(even.median()).isEqualTo(25);
  }

  @Test
  void estimatesTheMedianOfAManyValuedSkewedStreamClosely() {
    MedianEstimator estimator = new MedianEstimator();
    SplittableRandom random = new SplittableRandom(42);
    double[] all = new double[200_000];
    for (int i = 0; i < all.length; i++) {
      all[i] = -Math.log(1 - random.nextDouble()) * 120; // exponential, mean 2 minutes
      estimator.add(all[i]);
    }
    Arrays.sort(all);
    double exact = (all[all.length / 2 - 1] + all[all.length / 2]) / 2;

    assertThat(estimator.count()).isEqualTo(all.length);
    assertThat(estimator.median()).isCloseTo(exact, within(exact * 0.02));
  }
}
