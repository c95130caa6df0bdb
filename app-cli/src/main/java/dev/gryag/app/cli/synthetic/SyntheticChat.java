package dev.gryag.app.cli.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of a synthetic chat: who speaks (a few members write most), in which language,
 * when (busy evenings, quiet nights), with what media, replies and reactions. Seeded, so the same
 * seed gives the same export.
 */
final class SyntheticChat {

  /** Relative activity by hour of day, from a real group's shape: quiet nights, busy evenings. */
  private static final int[] HOUR_WEIGHTS = {
    3, 2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 11, 10, 10, 10, 11, 12, 14, 16, 17, 15, 11, 6
  };

  final SplittableRandom random;
  final int members;
  private final double[] memberWeights;
  private final int hourTotal;

  SyntheticChat(long seed, int members) {
    this.random = new SplittableRandom(seed);
    this.members = members;
    this.memberWeights = new double[members];
    double sum = 0;
    for (int i = 0; i < members; i++) {
      sum += 1.0 / (i + 1);
      memberWeights[i] = sum;
    }
    for (int i = 0; i < members; i++) {
      memberWeights[i] /= sum;
    }
    int total = 0;
    for (int weight : HOUR_WEIGHTS) {
      total += weight;
    }
    this.hourTotal = total;
  }

  /** A member index, Zipf-distributed: member 0 writes most. */
  int member() {
    double r = random.nextDouble();
    for (int i = 0; i < members; i++) {
      if (r <= memberWeights[i]) {
        return i;
      }
    }
    return members - 1;
  }

  String name(int member) {
    return Phrases.FIRST_NAMES.get(member % Phrases.FIRST_NAMES.size())
        + " "
        + Phrases.LAST_NAMES.get((member * 7 + member / 3) % Phrases.LAST_NAMES.size());
  }

  /** The member's usual language: most write Ukrainian, some Russian, a few English. */
  List<String> language(int member) {
    int language = (member * 31 + 7) % 10;
    if (random.nextInt(10) == 0) {
      language = random.nextInt(10); // everyone switches now and then
    }
    return language < 5 ? Phrases.UK : language < 8 ? Phrases.RU : Phrases.EN;
  }

  /** Seconds into a day, following the hour weights. */
  int secondOfDay() {
    int r = random.nextInt(hourTotal);
    int hour = 0;
    while (r >= HOUR_WEIGHTS[hour]) {
      r -= HOUR_WEIGHTS[hour++];
    }
    return hour * 3600 + random.nextInt(3600);
  }

  String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** One to three phrases of a language, sometimes with an emoji. */
  String text(List<String> language) {
    StringBuilder text = new StringBuilder(pick(language));
    int more = random.nextInt(10) < 7 ? 0 : random.nextInt(2) + 1;
    for (int i = 0; i < more; i++) {
      text.append(' ').append(pick(language));
    }
    if (chance(0.25)) {
      text.append(' ').append(pick(Phrases.EMOJI));
    }
    return text.toString();
  }
}
