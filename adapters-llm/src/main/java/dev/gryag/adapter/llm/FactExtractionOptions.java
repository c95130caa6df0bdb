package dev.gryag.adapter.llm;

import dev.gryag.core.llm.GenerationSettings;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.FactKeys;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How an {@link LlmFactExtractor} decides which messages to ask about and which answers to keep.
 *
 * @param maxFacts the most facts kept from one message (the most confident first), 1–20
 * @param minConfidence facts the model is less sure of than this are dropped, in [0, 1]
 * @param minWords messages with fewer words are not sent to the model at all (so "ok" costs
 *     nothing); 0 sends every text message
 * @param maxInputCharacters longer messages are cut to this many characters before sending; at
 *     least 50
 * @param keys the slots the model may fill, each with the category it is filed under; every key
 *     must pass {@link FactKeys#isValid(String)}; copied, insertion order kept (it is the order the
 *     prompt lists them in)
 * @param settings sampling and length settings for the call
 */
public record FactExtractionOptions(
    int maxFacts,
    double minConfidence,
    int minWords,
    int maxInputCharacters,
    Map<String, FactCategory> keys,
    GenerationSettings settings) {

  /** The well-known {@link FactKeys} with the categories the rule-based extractor files them in. */
  public static final Map<String, FactCategory> WELL_KNOWN_KEYS = wellKnownKeys();

  /**
   * Up to 5 facts of confidence at least 0.6 from messages of at least 4 words (cut at 2 000
   * characters), the well-known keys, temperature 0 and at most 2 048 output tokens.
   */
  public static final FactExtractionOptions DEFAULTS =
      new FactExtractionOptions(
          5, 0.6, 4, 2_000, WELL_KNOWN_KEYS, new GenerationSettings(0.0, 2_048, null));

  public FactExtractionOptions {
    if (maxFacts < 1 || maxFacts > 20) {
      throw new IllegalArgumentException("maxFacts must be in [1, 20], was " + maxFacts);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must not be negative, was " + minWords);
    }
    if (maxInputCharacters < 50) {
      throw new IllegalArgumentException(
          "maxInputCharacters must be at least 50, was " + maxInputCharacters);
    }
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys must name at least one fact key");
    }
    keys.forEach((key, category) -> {
      if (!FactKeys.isValid(key)) {
        throw new IllegalArgumentException(
            "keys: '" + key + "' is not a valid fact key (see FactKeys.isValid)");
      }
      Objects.requireNonNull(category, "keys: category of '" + key + "'");
    });
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    Objects.requireNonNull(settings, "settings");
  }

  public FactExtractionOptions withMaxFacts(int max) {
    return new FactExtractionOptions(
        max, minConfidence, minWords, maxInputCharacters, keys, settings);
  }

  public FactExtractionOptions withMinConfidence(double min) {
    return new FactExtractionOptions(maxFacts, min, minWords, maxInputCharacters, keys, settings);
  }

  public FactExtractionOptions withMinWords(int words) {
    return new FactExtractionOptions(
        maxFacts, minConfidence, words, maxInputCharacters, keys, settings);
  }

  public FactExtractionOptions withMaxInputCharacters(int characters) {
    return new FactExtractionOptions(maxFacts, minConfidence, minWords, characters, keys, settings);
  }

  /** These options with one more slot (or {@code key} filed under another category). */
  public FactExtractionOptions withKey(String key, FactCategory category) {
    Map<String, FactCategory> more = new LinkedHashMap<>(keys);
    more.put(key, category);
    return withKeys(more);
  }

  /** These options with exactly {@code slots} as the keys the model may fill. */
  public FactExtractionOptions withKeys(Map<String, FactCategory> slots) {
    return new FactExtractionOptions(
        maxFacts, minConfidence, minWords, maxInputCharacters, slots, settings);
  }

  public FactExtractionOptions withSettings(GenerationSettings generation) {
    return new FactExtractionOptions(
        maxFacts, minConfidence, minWords, maxInputCharacters, keys, generation);
  }

  private static Map<String, FactCategory> wellKnownKeys() {
    Map<String, FactCategory> keys = new LinkedHashMap<>();
    keys.put(FactKeys.NAME, FactCategory.IDENTITY);
    keys.put(FactKeys.PREFERRED_NAME, FactCategory.PREFERENCE);
    keys.put(FactKeys.PRONOUNS, FactCategory.IDENTITY);
    keys.put(FactKeys.CITY, FactCategory.LOCATION);
    keys.put(FactKeys.HOMETOWN, FactCategory.LOCATION);
    keys.put(FactKeys.OCCUPATION, FactCategory.WORK);
    keys.put(FactKeys.EMPLOYER, FactCategory.WORK);
    keys.put(FactKeys.BIRTHDAY, FactCategory.PERSONAL);
    keys.put(FactKeys.AGE, FactCategory.PERSONAL);
    return Collections.unmodifiableMap(keys);
  }
}
