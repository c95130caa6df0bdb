package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Gathers what is known about a member, in the language to tell it in. */
final class Descriptions {

  private final ProfileStore profiles;
  private final FactBook facts;
  private final PreferenceStore preferences;
  private final PersonalizationSettings settings;
  private final Clock clock;
  private final Function<ChatId, Optional<Language>> chatLanguage;

  Descriptions(
      ProfileStore profiles,
      FactBook facts,
      PreferenceStore preferences,
      PersonalizationSettings settings,
      Clock clock,
      Function<ChatId, Optional<Language>> chatLanguage) {
    this.profiles = profiles;
    this.facts = facts;
    this.preferences = preferences;
    this.settings = settings;
    this.clock = clock;
    this.chatLanguage = chatLanguage;
  }

  /** Everything known about the member; empty when they opted out. */
  Optional<Subject> subject(ChatId chat, UserId member) {
    Optional<MemberPreferences> prefs = preferences.find(chat, member);
    if (prefs.map(MemberPreferences::optedOut).orElse(false)) {
      return Optional.empty();
    }
    Optional<MemberProfile> profile = profiles.find(chat, member);
    return Optional.of(
        new Subject(
            member,
            profile,
            facts.tellable(chat, member),
            prefs,
            ProfileWording.of(language(chat, prefs, profile)),
            clock.instant(),
            settings,
            other -> profiles.find(chat, other).map(MemberProfile::name)));
  }

  Language language(ChatId chat, UserId member) {
    return language(chat, preferences.find(chat, member), profiles.find(chat, member));
  }

  private Language language(
      ChatId chat, Optional<MemberPreferences> prefs, Optional<MemberProfile> profile) {
    return prefs
        .map(MemberPreferences::replyLanguage)
        .or(() -> chatLanguage.apply(chat))
        .or(() -> profile.flatMap(Descriptions::dominantLanguage))
        .orElse(settings.defaultLanguage());
  }

  private static Optional<Language> dominantLanguage(MemberProfile profile) {
    return Tallies.top(profile.speech().languages(), 5).stream()
        .map(e -> Language.ofCode(e.getKey()))
        .filter(l -> l == Language.UK || l == Language.RU || l == Language.EN)
        .findFirst();
  }
}
