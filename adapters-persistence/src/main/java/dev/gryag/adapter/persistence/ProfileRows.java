package dev.gryag.adapter.persistence;

import static dev.gryag.adapter.persistence.jooq.Tables.MEMBER_PROFILE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gryag.adapter.persistence.jooq.tables.records.MemberProfileRecord;
import dev.gryag.core.StoreException;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.ActivityHistogram;
import dev.gryag.core.personalization.EmojiHabits;
import dev.gryag.core.personalization.InterestScores;
import dev.gryag.core.personalization.MemberProfile;
import dev.gryag.core.personalization.MoodTrend;
import dev.gryag.core.personalization.NameHistory;
import dev.gryag.core.personalization.ReplyCounts;
import dev.gryag.core.personalization.SpeechStats;
import java.util.Arrays;
import java.util.Map;
import org.jooq.JSONB;

/**
 * Maps {@link MemberProfile} to a row of {@code member_profile} and back: scalars as columns, the
 * histograms as arrays, the bounded maps as one JSON object whose shape is {@link Maps}.
 */
final class ProfileRows {

  /** The JSON object of a profile's maps. A map missing from stored JSON reads as empty. */
  record Maps(
      Map<String, Long> names,
      Map<String, Long> languages,
      Map<String, Long> emoji,
      Map<String, Long> emotions,
      Map<String, Double> topics,
      Map<String, Double> keywords,
      Map<String, Long> repliesTo,
      Map<String, Long> repliesFrom) {

    Maps {
      names = names == null ? Map.of() : names;
      languages = languages == null ? Map.of() : languages;
      emoji = emoji == null ? Map.of() : emoji;
      emotions = emotions == null ? Map.of() : emotions;
      topics = topics == null ? Map.of() : topics;
      keywords = keywords == null ? Map.of() : keywords;
      repliesTo = repliesTo == null ? Map.of() : repliesTo;
      repliesFrom = repliesFrom == null ? Map.of() : repliesFrom;
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ProfileRows() {}

  static MemberProfileRecord toRecord(MemberProfile p) {
    MemberProfileRecord row = new MemberProfileRecord();
    row.setChatId(p.chat().value());
    row.setMemberId(p.member().value());
    row.setFirstSeen(MessageRows.micros(p.firstSeen()));
    row.setLastSeen(MessageRows.micros(p.lastSeen()));
    row.setLastMessageId(p.lastMessageId());
    row.setMessages(p.messages());
    SpeechStats s = p.speech();
    row.setTextMessages(s.textMessages());
    row.setCharacters(s.characters());
    row.setWords(s.words());
    row.setQuestions(s.questions());
    row.setExclamations(s.exclamations());
    row.setShouting(s.shouting());
    row.setProfane(s.profane());
    row.setLinks(s.links());
    row.setMedia(s.media());
    row.setFormality(s.formality());
    row.setEmojiTotal(p.emoji().total());
    row.setEmojiMessages(p.emoji().messagesWithEmoji());
    row.setMoodRecent(p.mood().recent());
    row.setMoodBaseline(p.mood().baseline());
    row.setMoodScored(p.mood().scored());
    row.setDisplayName(MessageRows.storable(p.names().displayName()));
    row.setUsername(MessageRows.storable(p.names().username()));
    row.setHours(boxed(p.activity().hours()));
    row.setWeekdays(boxed(p.activity().weekdays()));
    row.setMaps(JSONB.valueOf(writeMaps(p)));
    return row;
  }

  static MemberProfile toProfile(MemberProfileRecord row) {
    try {
      Maps maps = JSON.readValue(row.getMaps().data(), Maps.class);
      return new MemberProfile(
          ChatId.of(row.getChatId()),
          UserId.of(row.getMemberId()),
          row.getFirstSeen(),
          row.getLastSeen(),
          row.getLastMessageId(),
          row.getMessages(),
          new NameHistory(row.getDisplayName(), row.getUsername(), maps.names()),
          new ActivityHistogram(unboxed(row.getHours()), unboxed(row.getWeekdays())),
          new SpeechStats(
              row.getTextMessages(),
              row.getCharacters(),
              row.getWords(),
              row.getQuestions(),
              row.getExclamations(),
              row.getShouting(),
              row.getProfane(),
              row.getLinks(),
              row.getMedia(),
              row.getFormality(),
              maps.languages()),
          new EmojiHabits(row.getEmojiTotal(), row.getEmojiMessages(), maps.emoji()),
          new MoodTrend(
              row.getMoodRecent(), row.getMoodBaseline(), row.getMoodScored(), maps.emotions()),
          new InterestScores(maps.topics(), maps.keywords()),
          new ReplyCounts(maps.repliesTo(), maps.repliesFrom()));
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new StoreException(
          "The stored profile of member %d in chat %d is unreadable: %s"
              .formatted(row.getMemberId(), row.getChatId(), e.getMessage()),
          e);
    }
  }

  /**
   * The profile as a row holds it: instants to the microsecond, names without NUL (the profile
   * store caches what this returns, so it must equal what a read of the row returns).
   */
  static MemberProfile asStored(MemberProfile p) {
    boolean exact =
        p.firstSeen().getNano() % 1_000 == 0
            && p.lastSeen().getNano() % 1_000 == 0
            && isStorable(p.names().displayName())
            && isStorable(p.names().username());
    return exact ? p : toProfile(toRecord(p));
  }

  private static boolean isStorable(String name) {
    return name == null || name.indexOf('\u0000') < 0;
  }

  private static String writeMaps(MemberProfile p) {
    Maps maps =
        new Maps(
            p.names().seen(),
            p.speech().languages(),
            p.emoji().top(),
            p.mood().emotions(),
            p.interests().topics(),
            p.interests().keywords(),
            p.replies().to(),
            p.replies().from());
    try {
      return JSON.writeValueAsString(maps);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a profile's maps as JSON", e);
    }
  }

  private static Integer[] boxed(int[] values) {
    return Arrays.stream(values).boxed().toArray(Integer[]::new);
  }

  private static int[] unboxed(Integer[] values) {
    return Arrays.stream(values).mapToInt(Integer::intValue).toArray();
  }

  static org.jooq.Condition is(ChatId chat, UserId member) {
    return MEMBER_PROFILE.CHAT_ID.eq(chat.value()).and(MEMBER_PROFILE.MEMBER_ID.eq(member.value()));
  }
}
