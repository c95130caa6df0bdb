package dev.gryag.core.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a setting's text becomes a value, and what it allows. {@link #parse} gets the text stripped
 * (empty when unset and without default) and fails with an {@link IllegalArgumentException} whose
 * message is what is allowed, starting with "expected" ({@code "expected a duration like 90s"});
 * {@link Configuration} adds the key and the value. {@link SettingTypes} holds the common ones.
 *
 * @param <T> the parsed type
 */
public interface SettingType<T> {

  /** The value of {@code text}; throws {@link IllegalArgumentException} saying what is allowed. */
  T parse(String text);

  /** What is allowed, short, for the documentation ({@code 1–1000}); empty when anything goes. */
  String range();

  /**
   * How a value may be shown in a listing or an error: secrets hidden, everything else as is. Types
   * whose values may hold credentials (URLs) mask those even in values that are not secret.
   */
  default String show(String text, boolean secret) {
    return secret ? Redaction.hidden(text) : text;
  }

  /** The same type, where an empty text means "none" ({@link Optional#empty()}). */
  default SettingType<Optional<T>> optional() {
    SettingType<T> self = this;
    return new SettingType<>() {
      @Override
      public Optional<T> parse(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(self.parse(text));
      }

      @Override
      public String range() {
        return self.range();
      }

      @Override
      public String show(String text, boolean secret) {
        return self.show(text, secret);
      }
    };
  }

  /**
   * The same text, read further by {@code convert}, which may throw an {@link
   * IllegalArgumentException} whose message starts with "expected".
   */
  default <R> SettingType<R> map(Function<T, R> convert) {
    SettingType<T> self = this;
    return new SettingType<>() {
      @Override
      public R parse(String text) {
        return convert.apply(self.parse(text));
      }

      @Override
      public String range() {
        return self.range();
      }

      @Override
      public String show(String text, boolean secret) {
        return self.show(text, secret);
      }
    };
  }

  /** The same type documented with {@code range} instead. */
  default SettingType<T> describedAs(String range) {
    SettingType<T> self = this;
    return new SettingType<>() {
      @Override
      public T parse(String text) {
        return self.parse(text);
      }

      @Override
      public String range() {
        return range;
      }

      @Override
      public String show(String text, boolean secret) {
        return self.show(text, secret);
      }
    };
  }
}
