package dev.gryag.core.personalization;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** Writes the readable reports behind {@code /profile} and {@code /facts}. */
final class ProfileReport {

  private ProfileReport() {}

  /** Everything known about the subject, one aspect per line. */
  static String profile(Subject subject) {
    ProfileWording p = subject.phrases();
    List<String> lines = new ArrayList<>();
    lines.add(p.text("report.title", subject.identity()));
    subject.profile().ifPresent(profile -> lines.addAll(profileLines(profile, subject)));
    if (!subject.facts().isEmpty()) {
      lines.add(p.text("report.facts"));
      for (Fact fact : subject.facts()) {
        lines.add("• " + subject.factPhrase(fact) + " (" + percent(fact, subject) + "%)");
      }
    }
    subject.preferences().flatMap(prefs -> preferences(prefs, p)).ifPresent(lines::add);
    return String.join("\n", lines);
  }

  private static List<String> profileLines(MemberProfile profile, Subject subject) {
    ProfileWording p = subject.phrases();
    ZoneId zone = subject.settings().profile().zone();
    List<String> lines = new ArrayList<>();
    lines.add(
        p.text(
            "report.messages",
            p.count("messages", profile.messages()),
            p.date(profile.firstSeen(), zone),
            p.date(profile.lastSeen(), zone)));
    ProfileTraits.partOfDay(profile.activity())
        .ifPresent(part ->
            lines.add(
                p.text(
                    "report.activity",
                    p.text(part),
                    p.text("weekday." + ProfileTraits.busiestWeekday(profile.activity())))));
    if (profile.speech().textMessages() > 0) {
      String traits = ProfileDescriber.style(profile, p).map(s -> "; " + s).orElse("");
      lines.add(p.text("report.style", oneDecimal(profile.speech().meanWords()), traits));
    }
    if (!profile.emoji().top().isEmpty()) {
      lines.add(p.text("report.emoji", ProfileDescriber.topEmoji(profile, 5)));
    }
    ProfileTraits.mood(profile.mood())
        .ifPresent(mood ->
            lines.add(
                p.text(
                    "report.mood",
                    p.text(mood),
                    String.format(Locale.ROOT, "%+.2f", profile.mood().recent()),
                    ProfileTraits.trend(profile.mood()).map(p::text).orElse(""))));
    List<String> interests =
        ProfileTraits.interests(
            profile.interests(), subject.settings().profile(), subject.now(), 8);
    if (!interests.isEmpty()) {
      lines.add(p.text("report.interests", String.join(", ", interests)));
    }
    ReplyCounts replies = profile.replies();
    if (!replies.to().isEmpty() || !replies.from().isEmpty()) {
      lines.add(
          p.text(
              "report.partners",
              partners(subject, replies.to(), p),
              partners(subject, replies.from(), p)));
    }
    List<java.util.Map.Entry<String, Long>> shares = ProfileTraits.languageShares(profile.speech());
    if (!shares.isEmpty()) {
      lines.add(p.text("report.languages", ProfileDescriber.shares(shares, p)));
    }
    return lines;
  }

  private static String partners(
      Subject subject, java.util.Map<String, Long> counts, ProfileWording p) {
    List<String> named = subject.partners(counts, 3, true);
    return named.isEmpty() ? p.text("report.nobody") : String.join(", ", named);
  }

  private static java.util.Optional<String> preferences(MemberPreferences prefs, ProfileWording p) {
    StringJoiner set = new StringJoiner(", ");
    if (prefs.preferredName() != null) {
      set.add(p.text("pref.name", prefs.preferredName()));
    }
    if (prefs.pronouns() != null) {
      set.add(p.text("pref.pronouns", prefs.pronouns()));
    }
    if (prefs.replyLanguage() != null) {
      set.add(p.text("pref.language", p.languageName(prefs.replyLanguage().code())));
    }
    return set.length() == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(p.text("report.preferences", set));
  }

  /** The member's facts with their keys, for {@code /facts}, ending with how to forget them. */
  static String facts(Subject subject) {
    ProfileWording p = subject.phrases();
    if (subject.facts().isEmpty()) {
      return p.text("facts.none");
    }
    List<String> lines = new ArrayList<>();
    lines.add(p.text("facts.title"));
    for (Fact fact : subject.facts()) {
      lines.add(
          p.text(
              "facts.line",
              fact.key(),
              fact.value(),
              percent(fact, subject),
              p.count("times", fact.evidence())));
    }
    lines.add(p.text("facts.hint"));
    return String.join("\n", lines);
  }

  private static long percent(Fact fact, Subject subject) {
    return Math.round(100 * fact.confidenceAt(subject.now(), subject.settings().factHalfLife()));
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
