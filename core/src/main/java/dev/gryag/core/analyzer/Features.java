package dev.gryag.core.analyzer;

import java.util.ArrayList;
import java.util.List;

/** Collects the {@link TextFeatures} of a tokenized, looked-up message. */
final class Features {

  private Features() {}

  static TextFeatures of(Tokens t) {
    int words = 0;
    int links = 0;
    boolean profanity = false;
    List<String> emoji = List.of();
    List<String> mentions = List.of();
    List<String> hashtags = List.of();
    List<String> commands = List.of();
    for (int i = 0; i < t.size; i++) {
      switch (t.type[i]) {
        case Tokens.WORD, Tokens.NUMBER -> {
          words++;
          profanity |= (t.flags[i] & Tokens.PROFANE) != 0;
        }
        case Tokens.URL -> links++;
        case Tokens.EMOJI -> emoji = add(emoji, t.key[i]);
        case Tokens.MENTION -> mentions = add(mentions, t.text.substring(t.start[i] + 1, t.end[i]));
        case Tokens.HASHTAG -> hashtags = add(hashtags, t.text.substring(t.start[i] + 1, t.end[i]));
        case Tokens.COMMAND -> commands = add(commands, t.text.substring(t.start[i], t.end[i]));
        default -> {
          // emoticons and punctuation are no feature of their own
        }
      }
    }
    double caps = t.letters == 0 ? 0 : (double) t.upperLetters / t.letters;
    return new TextFeatures(
        Unicode.graphemes(t.text),
        words,
        t.questionMarks > 0 || opensWithQuestionWord(t),
        t.exclamations > 0,
        emoji,
        links,
        mentions,
        hashtags,
        commands,
        caps,
        profanity);
  }

  private static List<String> add(List<String> list, String item) {
    List<String> growing = list.isEmpty() ? new ArrayList<>(4) : list;
    growing.add(item);
    return growing;
  }

  /** "чи є хтось", "how do i" — a question without its '?', unless the message exclaims. */
  private static boolean opensWithQuestionWord(Tokens t) {
    if (t.exclamations > 0) {
      return false;
    }
    for (int i = 0; i < t.size; i++) {
      if (t.type[i] == Tokens.WORD) {
        WordInfo info = t.exact[i];
        return info != null && info.question;
      }
      if (t.type[i] != Tokens.MENTION && t.type[i] != Tokens.COMMAND) {
        return false;
      }
    }
    return false;
  }
}
