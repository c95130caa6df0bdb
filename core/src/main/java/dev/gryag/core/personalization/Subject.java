package dev.gryag.core.personalization;

import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything known about one member, gathered for a description or a report.
 *
 * @param member the member
 * @param profile their profile, if any
 * @param facts their facts still confident enough to tell, most confident first
 * @param preferences their preferences, if any
 * @param phrases the language to tell it in
 * @param now the instant the description is for
 * @param settings the personalization settings
 * @param names the name of another member of the chat, if known
 */
record Subject(
    UserId member,
    Optional<MemberProfile> profile,
    List<Fact> facts,
    Optional<MemberPreferences> preferences,
    ProfileWording phrases,
    Instant now,
    PersonalizationSettings settings,
    Function<UserId, Optional<String>> names) {

  /** Nothing at all is known. */
  boolean isEmpty() {
    return profile.isEmpty() && facts.isEmpty() && preferences.map(p -> p.isEmpty()).orElse(true);
  }

  /**
   * Name, username, pronouns and preferred name: "Олег (@oleg), він/його, просить звати Олежка".
   */
  String identity() {
    StringBuilder identity = new StringBuilder(name());
    profile
        .map(p -> p.names().username())
        .ifPresent(username -> identity.append(phrases.text("summary.username", username)));
    pronouns().ifPresent(p -> identity.append(phrases.text("summary.pronouns", p)));
    preferences
        .map(MemberPreferences::preferredName)
        .ifPresent(name -> identity.append(phrases.text("summary.preferredName", name)));
    return identity.toString();
  }

  /** The profile's name, else the stated name, else {@code #id}. */
  String name() {
    Optional<String> shown = profile.map(MemberProfile::name);
    return shown.orElseGet(() -> fact(FactKeys.NAME).map(Fact::value).orElse("#" + member));
  }

  private Optional<String> pronouns() {
    Optional<String> set = preferences.map(MemberPreferences::pronouns);
    return set.isPresent() ? set : fact(FactKeys.PRONOUNS).map(Fact::value);
  }

  private Optional<Fact> fact(String key) {
    return facts.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The facts worth a clause of their own: those the identity does not already tell. */
  List<Fact> tellableFacts() {
    List<Fact> tellable = new ArrayList<>();
    for (Fact fact : facts) {
      boolean told =
          switch (fact.key()) {
            case FactKeys.NAME -> profile.isEmpty() || fact.sameValue(name());
            case FactKeys.PRONOUNS -> true;
            case FactKeys.PREFERRED_NAME ->
                preferences.map(MemberPreferences::preferredName).isPresent();
            default -> false;
          };
      if (!told) {
        tellable.add(fact);
      }
    }
    return tellable;
  }

  /** A fact as a clause: "живе в Києві", or "key: value" for keys without a phrase. */
  String factPhrase(Fact fact) {
    String value = fact.key().equals(FactKeys.BIRTHDAY) ? birthday(fact.value()) : fact.value();
    String key = "fact." + fact.key();
    return phrases.has(key)
        ? phrases.text(key, value)
        : phrases.text("fact.other", fact.key(), value);
  }

  private static String birthday(String iso) {
    if (iso.startsWith("--") && iso.length() == 7) {
      return iso.substring(5) + "." + iso.substring(2, 4);
    }
    if (iso.length() == 10) {
      return iso.substring(8) + "." + iso.substring(5, 7) + "." + iso.substring(0, 4);
    }
    return iso;
  }

  /** Names of the top {@code n} members in {@code counts}, with their counts when asked. */
  List<String> partners(Map<String, Long> counts, int n, boolean withCounts) {
    List<String> named = new ArrayList<>();
    for (Map.Entry<String, Long> entry : Tallies.top(counts, n)) {
      UserId other = UserId.of(Long.parseLong(entry.getKey()));
      String name = names.apply(other).orElse("#" + other);
      named.add(withCounts ? name + " (" + entry.getValue() + ")" : name);
    }
    return named;
  }
}
