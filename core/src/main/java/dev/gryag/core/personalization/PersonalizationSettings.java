package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Language;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PersonalizationService} learns and tells.
 *
 * @param profile how profiles are folded and bounded
 * @param factCap the most facts kept per member and chat; beyond it the least confident (then the
 *     oldest) go; default 50
 * @param factHalfLife after how long an unconfirmed fact's confidence halves; default 365 days
 * @param factFloor facts below this confidence now are not told (retention deletes them with its
 *     own floor); default 0.3
 * @param defaultLanguage the language of descriptions when neither the member's preference, the
 *     chat nor the member's messages tell one; default English
 * @param recentMessages how many recent message authors are remembered per chat to count replies;
 *     default 4096
 * @param recentChats in how many chats at most; default 1024
 */
public record PersonalizationSettings(
    ProfileSettings profile,
    int factCap,
    Duration factHalfLife,
    double factFloor,
    Language defaultLanguage,
    int recentMessages,
    int recentChats) {

  public static final PersonalizationSettings DEFAULTS =
      new PersonalizationSettings(
          ProfileSettings.DEFAULTS, 50, Duration.ofDays(365), 0.3, Language.EN, 4096, 1024);

  public PersonalizationSettings {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(factHalfLife, "factHalfLife");
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    if (factCap < 1 || factCap > 10_000) {
      throw new IllegalArgumentException("factCap must be in [1, 10000], was " + factCap);
    }
    if (factHalfLife.isNegative() || factHalfLife.isZero()) {
      throw new IllegalArgumentException("factHalfLife must be positive, was " + factHalfLife);
    }
    if (!(factFloor >= 0 && factFloor < 1)) {
      throw new IllegalArgumentException("factFloor must be in [0, 1), was " + factFloor);
    }
    if (defaultLanguage != Language.UK
        && defaultLanguage != Language.RU
        && defaultLanguage != Language.EN) {
      throw new IllegalArgumentException(
          "defaultLanguage must be uk, ru or en, was " + defaultLanguage.code());
    }
    if (recentMessages < 1 || recentChats < 1) {
      throw new IllegalArgumentException(
          "recentMessages and recentChats must be positive, were "
              + recentMessages
              + " and "
              + recentChats);
    }
  }

  /** These settings with a different fact cap. */
  public PersonalizationSettings withFactCap(int cap) {
    return new PersonalizationSettings(
        profile, cap, factHalfLife, factFloor, defaultLanguage, recentMessages, recentChats);
  }

  /** These settings with different profile settings. */
  public PersonalizationSettings withProfile(ProfileSettings newProfile) {
    return new PersonalizationSettings(
        newProfile, factCap, factHalfLife, factFloor, defaultLanguage, recentMessages, recentChats);
  }
}
