package dev.gryag.core.conversation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The texts of every {@link Phrase}: the defaults, with some replaced. Immutable. */
public final class Phrases {

  private final Map<Phrase, String> texts;

  private Phrases(Map<Phrase, String> texts) {
    this.texts = texts;
  }

  /** Every phrase with its default text. */
  public static Phrases defaults() {
    Map<Phrase, String> texts = new EnumMap<>(Phrase.class);
    for (Phrase phrase : Phrase.values()) {
      texts.put(phrase, phrase.defaultText());
    }
    return new Phrases(texts);
  }

  /**
   * These phrases with {@code phrase} saying {@code text} instead.
   *
   * @throws IllegalArgumentException when {@code text} is not a valid format for the phrase's
   *     arguments (only {@code %s} placeholders, {@code %%} for a percent sign)
   */
  public Phrases with(Phrase phrase, String text) {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(text, "text");
    try {
      String.format(Locale.ROOT, text, sampleArguments(phrase));
    } catch (IllegalFormatException e) {
      throw new IllegalArgumentException(
          "phrase " + phrase + " is not a valid format: " + e.getMessage(), e);
    }
    Map<Phrase, String> copy = new EnumMap<>(texts);
    copy.put(phrase, text);
    return new Phrases(copy);
  }

  /**
   * The phrase's text (light Markdown) with its arguments filled in as literal text ({@link
   * MarkdownText#literal}): a member's name, a fact key or a persona shows as written, never as
   * formatting. So a phrase should not put a {@code %s} inside a code span, where backslashes show.
   */
  public String say(Phrase phrase, Object... arguments) {
    Object[] literal = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      literal[i] = MarkdownText.literal(String.valueOf(arguments[i]));
    }
    return String.format(Locale.ROOT, texts.get(phrase), literal);
  }

  /** True when the phrase's text is blank: the bot stays silent instead. */
  public boolean silent(Phrase phrase) {
    return texts.get(phrase).isBlank();
  }

  private static Object[] sampleArguments(Phrase phrase) {
    Object[] sample = new Object[phrase.arguments()];
    Arrays.fill(sample, "x");
    return sample;
  }
}
