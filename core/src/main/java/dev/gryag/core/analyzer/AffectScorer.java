package dev.gryag.core.analyzer;

/**
 * Scores sentiment and emotion from the lexicon hits of a message's words, emoji and emoticons, in
 * the manner of VADER: a negator within three words before a sentiment word reverses and damps it
 * (×-0.74), an intensifier multiplies it, capitals and stretched letters stress it, a contrast word
 * ("але", "но", "but") makes what follows count more than what precedes, exclamation marks push the
 * total away from zero. The total maps to [-1, 1] as {@code s / sqrt(s² + 8)}.
 */
final class AffectScorer {

  static final double NEGATION = -0.74;
  static final double POSITIVE_FROM = 0.2;
  static final double NEGATIVE_FROM = -0.2;
  private static final double NORMALIZER = 8;
  private static final int NEGATION_REACH = 3;
  private static final Emotion[] EMOTIONS = Emotion.values();
  private static final float LAUGHTER = 2f;
  private static final float IMPLIED = 1.5f;

  private final Lexicon lexicon;

  AffectScorer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentiment and emotion of a message. */
  record Affect(Sentiment sentiment, Emotion emotion) {}

  Affect score(Tokens t) {
    double before = 0;
    double after = 0;
    boolean contrast = false;
    double[] emotions = new double[EMOTIONS.length];
    int[] firstSeen = new int[EMOTIONS.length];
    int negation = 0;
    double intensity = 1;
    boolean mostlyCaps = t.letters > 0 && t.upperLetters * 10 >= t.letters * 8;
    for (int i = 0; i < t.size; i++) {
      byte type = t.type[i];
      double weight = 0;
      int emotion = -1;
      boolean negated = false;
      if (type == Tokens.BREAK) {
        negation = 0;
        intensity = 1;
        continue;
      } else if (type == Tokens.EMOJI || type == Tokens.EMOTICON) {
        WordInfo info = lexicon.emoji(t.key[i]);
        if (info == null) {
          continue;
        }
        weight = info.hasSentiment() ? info.sentiment : 0;
        emotion = info.emotion;
      } else if (type == Tokens.WORD) {
        WordInfo exact = t.exact[i];
        WordInfo stem = t.stem[i];
        if (exact != null && exact.contrast) {
          contrast = true;
          before += after;
          after = 0;
          negation = 0;
          intensity = 1;
          continue;
        }
        if (exact != null && exact.negator || endsWithNt(t, i)) {
          negation = NEGATION_REACH + 1;
        }
        float sentiment = sentiment(exact, stem);
        if (Float.isNaN(sentiment)) {
          sentiment = impliedByEmotion(emotion(exact, stem));
        }
        boolean laughter =
            Float.isNaN(sentiment) && Words.isLaughter(t.norm, t.normStart[i], t.normLength[i]);
        if (laughter) {
          sentiment = LAUGHTER;
        }
        if (exact != null
            && exact.intensifier > 0
            && (Float.isNaN(sentiment) || nextHasSentiment(t, i))) {
          intensity *= exact.intensifier;
          negation = Math.max(0, negation - 1);
          continue;
        }
        emotion = laughter ? Emotion.JOY.ordinal() : emotion(exact, stem);
        if (Float.isNaN(sentiment)) {
          weight = 0;
        } else {
          weight = sentiment * intensity;
          if ((t.flags[i] & Tokens.ALL_CAPS) != 0 && !mostlyCaps) {
            weight *= 1.25;
          }
          if ((t.flags[i] & Tokens.ELONGATED) != 0) {
            weight *= 1.2;
          }
          if (negation > 0 && !(exact != null && exact.negator)) {
            weight *= NEGATION * (intensity > 1 ? 0.6 / intensity : 1);
            negated = true;
          }
          intensity = 1;
        }
        negation = Math.max(0, negation - 1);
      } else {
        continue;
      }
      after += weight;
      if (emotion >= 0 && !negated) {
        if (emotions[emotion] == 0) {
          firstSeen[emotion] = i;
        }
        emotions[emotion] += Math.max(1, Math.abs(weight));
      }
    }
    double total = contrast ? before * 0.5 + after * 1.5 : after;
    if (total != 0 && t.exclamations > 0) {
      total += Math.signum(total) * 0.3 * Math.min(t.exclamations, 3);
    }
    return new Affect(sentiment(total), emotion(emotions, firstSeen, t));
  }

  /**
   * The sentiment an emotion word without its own weight carries: joy lifts, surprise is neutral.
   */
  private static float impliedByEmotion(int emotion) {
    if (emotion < 0 || emotion == Emotion.SURPRISE.ordinal()) {
      return Float.NaN;
    }
    return emotion == Emotion.JOY.ordinal() ? IMPLIED : -IMPLIED;
  }

  private static int emotion(WordInfo exact, WordInfo stem) {
    if (exact != null && exact.emotion >= 0) {
      return exact.emotion;
    }
    return stem != null ? stem.emotion : -1;
  }

  private static float sentiment(WordInfo exact, WordInfo stem) {
    if (exact != null && exact.hasSentiment()) {
      return exact.sentiment;
    }
    return stem != null ? stem.sentiment : Float.NaN;
  }

  private static boolean nextHasSentiment(Tokens t, int i) {
    for (int j = i + 1; j < t.size && j <= i + 2; j++) {
      if (t.type[j] == Tokens.BREAK) {
        return false;
      }
      if (t.type[j] == Tokens.WORD && !Float.isNaN(sentiment(t.exact[j], t.stem[j]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithNt(Tokens t, int i) {
    int len = t.normLength[i];
    int end = t.normStart[i] + len;
    return len > 3
        && t.norm[end - 1] == 't'
        && t.norm[end - 2] == Words.APOSTROPHE
        && t.norm[end - 3] == 'n';
  }

  private static Sentiment sentiment(double total) {
    double score = total / Math.sqrt(total * total + NORMALIZER);
    Sentiment.Label label =
        score >= POSITIVE_FROM
            ? Sentiment.Label.POSITIVE
            : score <= NEGATIVE_FROM ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
    return label == Sentiment.Label.NEUTRAL && score == 0
        ? Sentiment.NEUTRAL
        : new Sentiment(score, label);
  }

  private static Emotion emotion(double[] emotions, int[] firstSeen, Tokens t) {
    if (t.interrobang) {
      emotions[Emotion.SURPRISE.ordinal()] += 0.5;
    }
    int best = -1;
    for (int e = 0; e < emotions.length; e++) {
      if (emotions[e] > 0
          && (best < 0
              || emotions[e] > emotions[best]
              || (emotions[e] == emotions[best] && firstSeen[e] < firstSeen[best]))) {
        best = e;
      }
    }
    return best < 0 ? Emotion.NEUTRAL : EMOTIONS[best];
  }
}
