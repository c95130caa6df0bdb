package dev.gryag.core.analyzer;

/** The weight each emotion gathers in one message, and where it was first seen. */
final class EmotionTally {

  private static final Emotion[] EMOTIONS = Emotion.values();
  private static final double HINT = 0.5;

  private final double[] weight = new double[EMOTIONS.length];
  private final int[] firstSeen = new int[EMOTIONS.length];

  /**
   * Adds a word or emoji naming {@code emotion} (an ordinal, or -1 for none) at {@code position}.
   */
  void add(int emotion, double sentiment, int position) {
    if (emotion < 0) {
      return;
    }
    if (weight[emotion] == 0) {
      firstSeen[emotion] = position;
    }
    weight[emotion] += Math.max(1, Math.abs(sentiment));
  }

  /** A weak cue that only decides when no word or emoji names an emotion. */
  void hint(Emotion emotion) {
    if (weight[emotion.ordinal()] == 0) {
      firstSeen[emotion.ordinal()] = Integer.MAX_VALUE;
    }
    weight[emotion.ordinal()] += HINT;
  }

  /** The emotion with the most weight (the earliest on a tie), or {@link Emotion#NEUTRAL}. */
  Emotion dominant() {
    int best = -1;
    for (int e = 0; e < weight.length; e++) {
      if (weight[e] > 0
          && (best < 0
              || weight[e] > weight[best]
              || (weight[e] == weight[best] && firstSeen[e] < firstSeen[best]))) {
        best = e;
      }
    }
    return best < 0 ? Emotion.NEUTRAL : EMOTIONS[best];
  }
}
