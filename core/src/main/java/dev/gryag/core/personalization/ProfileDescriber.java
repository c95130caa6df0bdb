package dev.gryag.core.personalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the compact description of a member for the prompt: the most telling clauses first, joined
 * with "; ", never longer than asked.
 */
final class ProfileDescriber {

  private static final String SEPARATOR = "; ";

  private ProfileDescriber() {}

  /** At most {@code maxChars} characters about the subject; empty when nothing is known. */
  static String describe(Subject subject, int maxChars) {
    if (maxChars <= 0 || subject.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(truncate(subject.identity(), maxChars));
    for (String clause : clauses(subject)) {
      if (text.length() + SEPARATOR.length() + clause.length() <= maxChars) {
        text.append(SEPARATOR).append(clause);
      }
    }
    return text.toString();
  }

  private static List<String> clauses(Subject subject) {
    ProfileWording p = subject.phrases();
    List<String> clauses = new ArrayList<>();
    for (Fact fact : subject.tellableFacts()) {
      clauses.add(subject.factPhrase(fact));
    }
    subject
        .profile()
        .ifPresent(profile -> {
          List<String> interests =
              ProfileTraits.interests(
                  profile.interests(), subject.settings().profile(), subject.now(), 4);
          if (!interests.isEmpty()) {
            clauses.add(p.text("interests", String.join(", ", interests)));
          }
          style(profile, p).ifPresent(clauses::add);
          ProfileTraits.mood(profile.mood())
              .ifPresent(mood ->
                  clauses.add(
                      p.text(mood) + ProfileTraits.trend(profile.mood()).map(p::text).orElse("")));
          clauses.add(activity(profile, subject));
          List<String> partners = subject.partners(merged(profile.replies()), 2, false);
          if (!partners.isEmpty()) {
            clauses.add(p.text("partners", String.join(", ", partners)));
          }
          languages(profile.speech(), p).ifPresent(clauses::add);
        });
    return clauses;
  }

  static Optional<String> style(MemberProfile profile, ProfileWording p) {
    List<String> parts = new ArrayList<>();
    ProfileTraits.verbosity(profile.speech()).map(p::text).ifPresent(parts::add);
    ProfileTraits.emojiLevel(profile)
        .ifPresent(key -> parts.add(p.text(key, topEmoji(profile, 3))));
    ProfileTraits.formality(profile.speech()).map(p::text).ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  static String topEmoji(MemberProfile profile, int n) {
    return Tallies.top(profile.emoji().top(), n).stream()
        .map(Map.Entry::getKey)
        .collect(Collectors.joining());
  }

  private static String activity(MemberProfile profile, Subject subject) {
    ProfileWording p = subject.phrases();
    String since =
        p.text(
            "since",
            p.count("messages", profile.messages()),
            p.month(profile.firstSeen(), subject.settings().profile().zone()));
    return ProfileTraits.partOfDay(profile.activity())
        .map(part -> p.text(part) + ", " + since)
        .orElse(since);
  }

  private static Map<String, Long> merged(ReplyCounts replies) {
    Map<String, Long> both = new java.util.HashMap<>(replies.to());
    replies.from().forEach((member, count) -> both.merge(member, count, Long::sum));
    return both;
  }

  /** "мови: українська 70%, російська 30%" when a second language holds at least 15%. */
  static Optional<String> languages(SpeechStats speech, ProfileWording p) {
    List<Map.Entry<String, Long>> shares = ProfileTraits.languageShares(speech);
    if (shares.size() < 2 || shares.get(1).getValue() < 15) {
      return Optional.empty();
    }
    return Optional.of(p.text("languages", shares(shares, p)));
  }

  static String shares(List<Map.Entry<String, Long>> shares, ProfileWording p) {
    return shares.stream()
        .map(e -> p.languageName(e.getKey()) + " " + e.getValue() + "%")
        .collect(Collectors.joining(", "));
  }

  /** {@code text} cut to {@code max} characters, never inside a surrogate pair. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max == 1) {
      return "…";
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
