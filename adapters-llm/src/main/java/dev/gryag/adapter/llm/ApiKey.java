package dev.gryag.adapter.llm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A provider API key; its {@link #toString()} never shows the secret, so configs that hold keys can
 * be logged.
 *
 * @param secret the key as the provider issued it; no whitespace
 */
public record ApiKey(String secret) {

  public ApiKey {
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("an API key must not be blank");
    }
    if (secret.chars().anyMatch(Character::isWhitespace)) {
      // Whitespace would also allow header injection; say so without echoing the key.
      throw new IllegalArgumentException(
          "an API key must not contain whitespace (length " + secret.length() + ")");
    }
  }

  /**
   * Parses a comma-separated list of keys, as an environment variable holds them ({@code
   * "key1,key2"}); blank entries are skipped, so a blank value gives an empty list.
   */
  public static List<ApiKey> parseList(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(ApiKey::new)
        .toList();
  }

  @Override
  public String toString() {
    return "ApiKey[***]";
  }
}
