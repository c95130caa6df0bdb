package dev.gryag.adapter.llm;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that reaches logs or exception messages: the configured keys themselves
 * and anything shaped like a well-known provider key (OpenAI echoes a masked key in its 401
 * message; a proxy may echo headers).
 */
final class Redactor {

  static final String MASK = "***";

  private static final Pattern KEY_SHAPES =
      Pattern.compile(
          "(AIza[0-9A-Za-z_\\-]{20,}|sk-[0-9A-Za-z_\\-*]{8,}|gsk_[0-9A-Za-z]{8,}"
              + "|(?i:bearer)\\s+[0-9A-Za-z._\\-~+/=]{8,})");

  private final List<String> secrets;

  Redactor(List<ApiKey> keys) {
    // Longest first, so a key that contains another is masked whole.
    this.secrets =
        keys.stream()
            .map(ApiKey::secret)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return KEY_SHAPES.matcher(result).replaceAll(MASK);
  }
}
