package dev.gryag.core.analyzer;

import java.util.List;

/**
 * Surface features of a message's text.
 *
 * @param characters length in user-perceived characters (grapheme clusters)
 * @param words number of word tokens (URLs, mentions, emoji not counted)
 * @param question true when the message asks something
 * @param exclamation true when it exclaims
 * @param emoji every emoji in order, each a whole grapheme cluster (ZWJ sequences, flags, skin
 *     tones kept together); copied, never null
 * @param links number of URLs
 * @param mentions {@code @usernames} mentioned, without the {@code @}, in order; copied
 * @param hashtags hashtags without the {@code #}, in order; copied
 * @param commands bot commands ({@code /start}, {@code /help@bot}) as written, in order; copied
 * @param capsRatio share of upper-case letters among all letters, 0 to 1
 * @param profanity true when the text holds a word from the profanity lexicons
 */
public record TextFeatures(
    int characters,
    int words,
    boolean question,
    boolean exclamation,
    List<String> emoji,
    int links,
    List<String> mentions,
    List<String> hashtags,
    List<String> commands,
    double capsRatio,
    boolean profanity) {

  public static final TextFeatures EMPTY =
      new TextFeatures(0, 0, false, false, List.of(), 0, List.of(), List.of(), List.of(), 0, false);

  public TextFeatures {
    if (characters < 0 || words < 0 || links < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (!(capsRatio >= 0 && capsRatio <= 1)) {
      throw new IllegalArgumentException("capsRatio must be in [0, 1], was " + capsRatio);
    }
    emoji = List.copyOf(emoji);
    mentions = List.copyOf(mentions);
    hashtags = List.copyOf(hashtags);
    commands = List.copyOf(commands);
  }
}
