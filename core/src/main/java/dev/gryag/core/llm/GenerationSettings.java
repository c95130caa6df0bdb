package dev.gryag.core.llm;

/**
 * Sampling and length settings for one request. A null field means "the provider's default".
 *
 * @param temperature randomness, 0 to 2
 * @param maxOutputTokens the longest answer, in tokens; positive
 * @param topP nucleus sampling mass, 0 to 1
 */
public record GenerationSettings(Double temperature, Integer maxOutputTokens, Double topP) {

  /** Every field left to the provider. */
  public static final GenerationSettings DEFAULTS = new GenerationSettings(null, null, null);

  public GenerationSettings {
    if (temperature != null && (temperature < 0 || temperature > 2 || temperature.isNaN())) {
      throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
    }
    if (maxOutputTokens != null && maxOutputTokens <= 0) {
      throw new IllegalArgumentException(
          "maxOutputTokens must be positive, was " + maxOutputTokens);
    }
    if (topP != null && (topP < 0 || topP > 1 || topP.isNaN())) {
      throw new IllegalArgumentException("topP must be in [0, 1], was " + topP);
    }
  }
}
