package dev.gryag.core.analyzer;

/**
 * Scores sentiment and emotion from the lexicon hits of a message's words, emoji and emoticons, in
 * the manner of VADER: a negator within three words before a sentiment word reverses and damps it
 * (×-0.74), an intensifier multiplies it, capitals and stretched letters stress it, a contrast word
 * ("але", "но", "but") makes what follows count more than what precedes, exclamation marks push the
 * total away from zero and a question pulls it towards zero. The total maps to [-1, 1] as {@code s
 * / sqrt(s² + 8)}. Emotion is the emotion with the most weight among the words and emoji that name
 * one; clear praise without an emotion word reads as joy.
 */
final class AffectScorer {

  static final double NEGATION = -0.74;
  static final double POSITIVE_FROM = 0.2;
  static final double NEGATIVE_FROM = -0.2;
  private static final double NORMALIZER = 8;
  private static final int NEGATION_REACH = 3;
  private static final float LAUGHTER = 2f;
  private static final float IMPLIED = 1.5f;
  private static final double QUESTION = 0.6;
  private static final double JOY_FROM = 0.5;

  private final Lexicon lexicon;

  AffectScorer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentiment and emotion of a message. */
  record Affect(Sentiment sentiment, Emotion emotion) {}

  Affect score(Tokens t) {
    Reading reading = new Reading(t);
    for (int i = 0; i < t.size; i++) {
      switch (t.type[i]) {
        case Tokens.BREAK -> reading.clauseEnds();
        case Tokens.EMOJI, Tokens.EMOTICON -> reading.emoji(lexicon.emoji(t.key[i]), i);
        case Tokens.WORD -> reading.word(i);
        default -> {
          // links, mentions, numbers carry no sentiment
        }
      }
    }
    return reading.result();
  }

  /** The running state of scoring one message, left to right. */
  private static final class Reading {
    private final Tokens t;
    private final boolean mostlyCaps;
    private final EmotionTally emotions = new EmotionTally();
    private double before;
    private double after;
    private double fromWords;
    private boolean contrast;
    private int negation;
    private double intensity = 1;

    Reading(Tokens t) {
      this.t = t;
      this.mostlyCaps = t.letters > 0 && t.upperLetters * 10 >= t.letters * 8;
    }

    void clauseEnds() {
      negation = 0;
      intensity = 1;
    }

    void emoji(WordInfo info, int i) {
      if (info != null) {
        after += info.hasSentiment() ? info.sentiment : 0;
        emotions.add(info.emotion, info.hasSentiment() ? info.sentiment : 0, i);
      }
    }

    void word(int i) {
      WordInfo exact = t.exact[i];
      WordInfo stem = t.stem[i];
      if (exact != null && exact.contrast) {
        contrast = true;
        before += after;
        after = 0;
        clauseEnds();
        return;
      }
      if (exact != null && exact.negator || endsWithNt(i)) {
        negation = NEGATION_REACH + 1;
      }
      float sentiment = sentiment(exact, stem);
      int emotion = emotion(exact, stem);
      if (Float.isNaN(sentiment)) {
        sentiment = impliedByEmotion(emotion);
      }
      if (Float.isNaN(sentiment) && Words.isLaughter(t.norm, t.normStart[i], t.normLength[i])) {
        sentiment = LAUGHTER;
        emotion = Emotion.JOY.ordinal();
      }
      if (exact != null
          && exact.intensifier > 0
          && (Float.isNaN(sentiment) || nextHasSentiment(i))) {
        intensity *= exact.intensifier;
        negation = Math.max(0, negation - 1);
        return;
      }
      boolean negated = negation > 0 && !(exact != null && exact.negator);
      double weight = 0;
      if (!Float.isNaN(sentiment)) {
        weight = stressed(sentiment * intensity, i);
        if (negated) {
          weight *= NEGATION * (intensity > 1 ? 0.6 / intensity : 1); // "not very good" is mild
        }
        intensity = 1;
        after += weight;
        fromWords += weight;
      }
      if (!negated) {
        emotions.add(emotion, weight, i); // "не боюсь" is no fear
      }
      negation = Math.max(0, negation - 1);
    }

    private double stressed(double weight, int i) {
      double stressed = weight;
      if ((t.flags[i] & Tokens.ALL_CAPS) != 0 && !mostlyCaps) {
        stressed *= 1.25;
      }
      if ((t.flags[i] & Tokens.ELONGATED) != 0) {
        stressed *= 1.2;
      }
      return stressed;
    }

    private boolean nextHasSentiment(int i) {
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

    private boolean endsWithNt(int i) {
      int len = t.normLength[i];
      int end = t.normStart[i] + len;
      return len > 3
          && t.norm[end - 1] == 't'
          && t.norm[end - 2] == Words.APOSTROPHE
          && t.norm[end - 3] == 'n';
    }

    Affect result() {
      double total = contrast ? before * 0.5 + after * 1.5 : after;
      if (total != 0 && t.exclamations > 0) {
        total += Math.signum(total) * 0.3 * Math.min(t.exclamations, 3);
      }
      if (t.questionMarks > 0) {
        total *= QUESTION; // "any decent coffee around here?" asks, it does not praise
      }
      Sentiment sentiment = sentiment(total);
      if (t.interrobang) {
        emotions.hint(Emotion.SURPRISE); // "?!" surprises when nothing else speaks
      }
      Emotion emotion = emotions.dominant();
      if (emotion == Emotion.NEUTRAL && sentiment.score() >= JOY_FROM && fromWords > 0) {
        emotion = Emotion.JOY;
      }
      return new Affect(sentiment, emotion);
    }
  }

  private static float sentiment(WordInfo exact, WordInfo stem) {
    if (exact != null && exact.hasSentiment()) {
      return exact.sentiment;
    }
    return stem != null ? stem.sentiment : Float.NaN;
  }

  private static int emotion(WordInfo exact, WordInfo stem) {
    if (exact != null && exact.emotion >= 0) {
      return exact.emotion;
    }
    return stem != null ? stem.emotion : -1;
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

  private static Sentiment sentiment(double total) {
    if (total == 0) {
      return Sentiment.NEUTRAL;
    }
    double score = total / Math.sqrt(total * total + NORMALIZER);
    Sentiment.Label label =
        score >= POSITIVE_FROM
            ? Sentiment.Label.POSITIVE
            : score <= NEGATIVE_FROM ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
    return new Sentiment(score, label);
  }
}
