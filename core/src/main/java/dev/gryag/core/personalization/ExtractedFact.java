package dev.gryag.core.personalization;

import java.util.Objects;

/**
 * A fact a {@link FactExtractor} found in one message, before it is merged into what the bot
 * already knows.
 *
 * @param category what it is about
 * @param key the slot (see {@link FactKeys})
 * @param value the value as stated; 1–200 characters
 * @param confidence how sure the extractor is, in (0, 1]
 */
public record ExtractedFact(FactCategory category, String key, String value, double confidence) {

  public ExtractedFact {
    Objects.requireNonNull(category, "category");
    FactKeys.requireValid(key);
    value = FactKeys.requireValue(value);
    FactKeys.requireConfidence(confidence);
  }
}
