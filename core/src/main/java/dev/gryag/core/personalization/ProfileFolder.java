package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.analyzer.TextFeatures;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds a member's messages into their {@link MemberProfile}, one at a time, in O(1) amortised
 * work: every part of the profile is a count, a sum, a moving average or a bounded map. Counts,
 * sums, histograms, first/last seen, names and interest weights do not depend on the order the
 * messages arrive in (as long as no bounded map overflows); the mood averages do, by design.
 * Thread-safe and stateless apart from its settings.
 */
public final class ProfileFolder {

  /** At most this many of a message's keywords (the most salient) count as interests. */
  static final int KEYWORDS_PER_MESSAGE = 8;

  private final ProfileSettings settings;
  private final double halfLifeSeconds;

  public ProfileFolder(ProfileSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.halfLifeSeconds = settings.interestHalfLife().toNanos() / 1e9;
  }

  public ProfileSettings settings() {
    return settings;
  }

  /**
   * The author's profile after {@code message}: a new profile when {@code current} is empty.
   *
   * @param repliedTo the author of the message this one replies to, or null when it replies to
   *     nothing or to someone unknown
   * @throws IllegalArgumentException when {@code current} belongs to another chat or member
   */
  public MemberProfile fold(
      Optional<MemberProfile> current, ChatMessage message, Analysis analysis, UserId repliedTo) {
    Author author = message.author();
    current.ifPresent(p -> requireOwner(p, message));
    MemberProfile base = current.orElseGet(() -> empty(message));
    boolean newest =
        current.isEmpty()
            || message.sentAt().isAfter(base.lastSeen())
            || (message.sentAt().equals(base.lastSeen())
                && message.messageId() >= base.lastMessageId());
    Instant sentAt = message.sentAt();
    TextFeatures features = analysis.features();
    boolean text = features.words() > 0;
    return new MemberProfile(
        base.chat(),
        base.member(),
        current.isEmpty() || sentAt.isBefore(base.firstSeen()) ? sentAt : base.firstSeen(),
        newest ? sentAt : base.lastSeen(),
        newest ? message.messageId() : base.lastMessageId(),
        current.isEmpty() ? 1 : base.messages() + 1,
        base.names().observed(author, sentAt.getEpochSecond(), newest, settings.names()),
        activity(base.activity(), sentAt),
        speech(base.speech(), message, analysis),
        emoji(base.emoji(), features.emoji()),
        text ? mood(base.mood(), analysis) : base.mood(),
        text ? interests(base.interests(), analysis, sentAt) : base.interests(),
        replies(base.replies(), base.member(), repliedTo));
  }

  /** {@code profile} after its member received one more reply from {@code replier}. */
  public MemberProfile repliedBy(MemberProfile profile, UserId replier) {
    if (replier.equals(profile.member())) {
      return profile;
    }
    return profile.withReplies(profile.replies().from(replier, settings.partners()));
  }

  /** {@code profile} with {@code gone} removed from both reply maps. */
  public static MemberProfile withoutPartner(MemberProfile profile, UserId gone) {
    ReplyCounts replies = profile.replies().without(gone);
    return replies == profile.replies() ? profile : profile.withReplies(replies);
  }

  private static void requireOwner(MemberProfile profile, ChatMessage message) {
    if (!profile.chat().equals(message.chatId())
        || !profile.member().equals(message.author().id())) {
      throw new IllegalArgumentException(
          "profile of "
              + profile.member()
              + " in chat "
              + profile.chat()
              + " cannot fold message "
              + message.ref()
              + " by "
              + message.author().id());
    }
  }

  private static MemberProfile empty(ChatMessage message) {
    return new MemberProfile(
        message.chatId(),
        message.author().id(),
        message.sentAt(),
        message.sentAt(),
        message.messageId(),
        1,
        NameHistory.NONE,
        ActivityHistogram.NONE,
        SpeechStats.NONE,
        EmojiHabits.NONE,
        MoodTrend.NONE,
        InterestScores.NONE,
        ReplyCounts.NONE);
  }

  private ActivityHistogram activity(ActivityHistogram activity, Instant sentAt) {
    long local =
        sentAt.getEpochSecond() + settings.zone().getRules().getOffset(sentAt).getTotalSeconds();
    int hour = (int) (Math.floorMod(local, 86_400L) / 3_600);
    // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
    int weekday = (int) Math.floorMod(Math.floorDiv(local, 86_400L) + 3, 7L);
    return activity.plus(hour, weekday);
  }

  private static SpeechStats speech(SpeechStats s, ChatMessage message, Analysis analysis) {
    TextFeatures f = analysis.features();
    long media = s.media() + (message.media() == MediaKind.NONE ? 0 : 1);
    long links = s.links() + (f.links() > 0 ? 1 : 0);
    if (f.words() == 0) {
      return new SpeechStats(
          s.textMessages(),
          s.characters(),
          s.words(),
          s.questions(),
          s.exclamations(),
          s.shouting(),
          s.profane(),
          links,
          media,
          s.formality(),
          s.languages());
    }
    Language language = analysis.language().language();
    boolean shouting = StyleSignals.shouting(f);
    return new SpeechStats(
        s.textMessages() + 1,
        s.characters() + f.characters(),
        s.words() + f.words(),
        s.questions() + (f.question() ? 1 : 0),
        s.exclamations() + (f.exclamation() ? 1 : 0),
        s.shouting() + (shouting ? 1 : 0),
        s.profane() + (f.profanity() ? 1 : 0),
        links,
        media,
        Math.min(
            s.formality() + StyleSignals.formality(message.text(), analysis), s.textMessages() + 1),
        language == Language.UNKNOWN
            ? s.languages()
            : Tallies.add(s.languages(), language.code(), Language.values().length));
  }

  private EmojiHabits emoji(EmojiHabits habits, List<String> emoji) {
    if (emoji.isEmpty()) {
      return habits;
    }
    return new EmojiHabits(
        habits.total() + emoji.size(),
        habits.messagesWithEmoji() + 1,
        Tallies.add(habits.top(), emoji, settings.emoji()));
  }

  private MoodTrend mood(MoodTrend mood, Analysis analysis) {
    double score = analysis.sentiment().score();
    Emotion emotion = analysis.emotion();
    Map<String, Long> emotions =
        emotion == Emotion.NEUTRAL
            ? mood.emotions()
            : Tallies.add(mood.emotions(), emotion.name(), Emotion.values().length);
    if (mood.scored() == 0) {
      return new MoodTrend(score, score, 1, emotions);
    }
    return new MoodTrend(
        clamp(mood.recent() + settings.recentMoodWeight() * (score - mood.recent())),
        clamp(mood.baseline() + settings.baselineMoodWeight() * (score - mood.baseline())),
        mood.scored() + 1,
        emotions);
  }

  private static double clamp(double value) {
    return Math.max(-1, Math.min(1, value));
  }

  private InterestScores interests(InterestScores interests, Analysis analysis, Instant sentAt) {
    if (analysis.topics().isEmpty() && analysis.keywords().isEmpty()) {
      return interests;
    }
    double x = (sentAt.getEpochSecond() + sentAt.getNano() / 1e9) / halfLifeSeconds;
    List<String> keywords = analysis.keywords();
    if (keywords.size() > KEYWORDS_PER_MESSAGE) {
      keywords = keywords.subList(0, KEYWORDS_PER_MESSAGE);
    }
    return new InterestScores(
        Tallies.addDecayed(interests.topics(), analysis.topics(), x, settings.topics()),
        Tallies.addDecayed(interests.keywords(), keywords, x, settings.keywords()));
  }

  private ReplyCounts replies(ReplyCounts replies, UserId self, UserId repliedTo) {
    if (repliedTo == null || repliedTo.equals(self)) {
      return replies;
    }
    return replies.to(repliedTo, settings.partners());
  }
}
