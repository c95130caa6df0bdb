package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.OTHER_CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.analysis;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import dev.gryag.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of folding and forgetting, checked over seeded random inputs. */
class ProfilePropertiesTest {

  private static final List<String> KEYWORDS =
      List.of("кава", "футбол", "реліз", "кіт", "java", "дощ");
  private static final List<String> TOPICS = List.of("sport", "work", "food");
  private static final List<String> EMOJI = List.of("😂", "🔥", "👍🏽", "🇺🇦", "👨‍👩‍👧");
  private static final List<Author> NAMES =
      List.of(
          Author.person(101, "Аліса", "alice"),
          Author.person(101, "Аліса К.", "alice"),
          Author.person(101, "Alice", null));

  private record Step(ChatMessage message, Analysis analysis, UserId repliedTo) {}

  private static List<Step> randomSteps(Random random, int count) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant at = T0.plusSeconds(random.nextInt(90 * 86_400));
      Author author = NAMES.get(random.nextInt(NAMES.size()));
      Analysis a =
          analysis()
              .language(Language.values()[random.nextInt(4)])
              .sentiment(random.nextDouble() * 2 - 1)
              .emotion(Emotion.values()[random.nextInt(Emotion.values().length)])
              .keywords(pick(random, KEYWORDS, 3).toArray(String[]::new))
              .topics(pick(random, TOPICS, 2).toArray(String[]::new))
              .emoji(pick(random, EMOJI, 3).toArray(String[]::new))
              .words(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(30))
              .question(random.nextBoolean())
              .profanity(random.nextInt(10) == 0)
              .caps(random.nextDouble())
              .links(random.nextInt(3))
              .build();
      UserId repliedTo = random.nextInt(3) == 0 ? UserId.of(200 + random.nextInt(4)) : null;
      steps.add(new Step(message(i + 1, author, at, "текст " + i), a, repliedTo));
    }
    return steps;
  }

  private static List<String> pick(Random random, List<String> from, int max) {
    List<String> picked = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      picked.add(from.get(random.nextInt(from.size())));
    }
    return picked;
  }

  private static MemberProfile foldAll(ProfileFolder folder, List<Step> steps) {
    Optional<MemberProfile> profile = Optional.empty();
    for (Step step : steps) {
      profile =
          Optional.of(folder.fold(profile, step.message(), step.analysis(), step.repliedTo()));
    }
    return profile.orElseThrow();
  }

  @Test
  void countsHistogramsNamesAndInterestsDoNotDependOnArrivalOrder() {
    ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      List<Step> steps = randomSteps(random, 300);
      MemberProfile inOrder = foldAll(folder, steps);
      List<Step> shuffled = new ArrayList<>(steps);
      Collections.shuffle(shuffled, random);
      MemberProfile reordered = foldAll(folder, shuffled);

      assertThat(reordered.messages()).isEqualTo(inOrder.messages());
      assertThat(reordered.firstSeen()).isEqualTo(inOrder.firstSeen());
      assertThat(reordered.lastSeen()).isEqualTo(inOrder.lastSeen());
      assertThat(reordered.lastMessageId()).isEqualTo(inOrder.lastMessageId());
      assertThat(reordered.names()).isEqualTo(inOrder.names());
      assertThat(reordered.activity()).isEqualTo(inOrder.activity());
      assertThat(reordered.emoji()).isEqualTo(inOrder.emoji());
      assertThat(reordered.replies()).isEqualTo(inOrder.replies());
      assertThat(reordered.mood().emotions()).isEqualTo(inOrder.mood().emotions());
      assertThat(reordered.mood().scored()).isEqualTo(inOrder.mood().scored());
      SpeechStats a = inOrder.speech();
      SpeechStats b = reordered.speech();
      assertThat(b.languages()).isEqualTo(a.languages());
      assertThat(
              List.of(
                  b.textMessages(),
                  b.characters(),
                  b.words(),
                  b.questions(),
                  b.exclamations(),
                  b.shouting(),
                  b.profane(),
                  b.links(),
                  b.media()))
          .isEqualTo(
              List.of(
                  a.textMessages(),
                  a.characters(),
                  a.words(),
                  a.questions(),
                  a.exclamations(),
                  a.shouting(),
                  a.profane(),
                  a.links(),
                  a.media()));
      assertThat(b.formality()).isCloseTo(a.formality(), within(1e-9));
      assertSameWeights(reordered.interests().keywords(), inOrder.interests().keywords());
      assertSameWeights(reordered.interests().topics(), inOrder.interests().topics());
    }
  }

  private static void assertSameWeights(Map<String, Double> actual, Map<String, Double> expected) {
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach((key, weight) -> assertThat(actual.get(key)).isCloseTo(weight, within(1e-9)));
  }

  @Test
  void aMemberWithAMillionMessagesKeepsABoundedProfile() {
    ProfileSettings settings = ProfileSettings.DEFAULTS;
    ProfileFolder folder = new ProfileFolder(settings);
    Random random = new Random(42);
    Optional<MemberProfile> profile = Optional.empty();
    for (int i = 0; i < 1_000_000; i++) {
      Author author =
          Author.person(101, "Name " + random.nextInt(1000), "user" + random.nextInt(1000));
      Analysis a =
          analysis()
              .keywords(
                  "k" + random.nextInt(100_000), "k" + random.nextInt(50), "k" + random.nextInt(5))
              .topics("t" + random.nextInt(1000))
              .emoji("e" + random.nextInt(5000), "😂")
              .words(1 + random.nextInt(20))
              .build();
      ChatMessage m = message(i + 1, author, T0.plusSeconds(i * 30L), "m");
      profile = Optional.of(folder.fold(profile, m, a, UserId.of(1000 + random.nextInt(100_000))));
      if (i % 7 == 0) {
        profile =
            Optional.of(folder.repliedBy(profile.get(), UserId.of(1000 + random.nextInt(100_000))));
      }
    }

    MemberProfile p = profile.orElseThrow();
    assertThat(p.messages()).isEqualTo(1_000_000);
    assertThat(p.names().seen()).hasSizeLessThanOrEqualTo(settings.names());
    assertThat(p.emoji().top()).hasSizeLessThanOrEqualTo(2 * settings.emoji()).containsKey("😂");
    assertThat(p.interests().keywords())
        .hasSizeLessThanOrEqualTo(2 * settings.keywords())
        .containsKeys("k0", "k1", "k4");
    assertThat(p.interests().topics()).hasSizeLessThanOrEqualTo(2 * settings.topics());
    assertThat(p.replies().to()).hasSizeLessThanOrEqualTo(2 * settings.partners());
    assertThat(p.replies().from()).hasSizeLessThanOrEqualTo(2 * settings.partners());
    assertThat(p.speech().languages()).hasSizeLessThanOrEqualTo(5);
    assertThat(p.mood().emotions()).hasSizeLessThanOrEqualTo(6);
    assertThat(p.toString().length()).isLessThan(8_000);
  }

  @Test
  void forgetLeavesNothingOfTheMemberInAnyStore() {
    for (long seed = 1; seed <= 15; seed++) {
      Random random = new Random(seed);
      InMemoryProfileStore profiles = new InMemoryProfileStore();
      InMemoryFactStore facts = new InMemoryFactStore();
      InMemoryPreferenceStore preferences = new InMemoryPreferenceStore();
      PersonalizationService service =
          PersonalizationService.builder(profiles, facts, preferences)
              .clock(new TestClock(T0.plus(Duration.ofDays(30))))
              .build();
      List<Author> members = new ArrayList<>();
      for (int m = 0; m < 5; m++) {
        members.add(Author.person(300 + m, "Member " + m, "member" + m));
      }
      Map<ChatId, List<ChatMessage>> said = new HashMap<>();
      List<String> texts =
          List.of(
              "Мене звати Тест",
              "Я живу в Києві",
              "I work as a tester",
              "Мне 33 года",
              "просто так",
              "My name is Sam",
              "Я з Одеси");
      for (int i = 0; i < 400; i++) {
        ChatId chat = random.nextBoolean() ? CHAT : OTHER_CHAT;
        Author author = members.get(random.nextInt(members.size()));
        List<ChatMessage> earlier = said.computeIfAbsent(chat, c -> new ArrayList<>());
        ChatMessage message =
            message(
                chat,
                i + 1,
                author,
                T0.plusSeconds(i * 60L),
                texts.get(random.nextInt(texts.size())));
        if (!earlier.isEmpty() && random.nextBoolean()) {
          message = message.withReplyTo(earlier.get(random.nextInt(earlier.size())).messageId());
        }
        service.observe(message, analysis().words(3).build());
        earlier.add(message);
        if (random.nextInt(50) == 0) {
          service.setPreferences(
              chat,
              author.id(),
              p ->
                  new MemberPreferences(
                      p.chat(), p.member(), "Ім'я", null, Language.UK, false, p.updatedAt()));
        }
      }
      Author gone = members.get(random.nextInt(members.size()));
      Optional<MemberProfile> elsewhere = profiles.find(OTHER_CHAT, gone.id());
      List<Fact> factsElsewhere = facts.facts(OTHER_CHAT, gone.id());

      service.forget(CHAT, gone.id());

      String id = gone.id().toString();
      assertThat(profiles.find(CHAT, gone.id())).isEmpty();
      assertThat(facts.facts(CHAT, gone.id())).isEmpty();
      assertThat(preferences.find(CHAT, gone.id())).isEmpty();
      for (MemberProfile other : profiles.profiles(CHAT)) {
        assertThat(other.replies().to()).doesNotContainKey(id);
        assertThat(other.replies().from()).doesNotContainKey(id);
      }
      for (ChatMessage message : said.get(CHAT)) {
        if (message.author().id().equals(gone.id())) {
          assertThat(facts.isEvidence(new MessageRef(CHAT, message.messageId()))).isFalse();
        }
      }
      assertThat(service.describe(CHAT, gone.id(), 1000)).isEmpty();
      assertThat(profiles.find(OTHER_CHAT, gone.id())).isEqualTo(elsewhere);
      assertThat(facts.facts(OTHER_CHAT, gone.id())).isEqualTo(factsElsewhere);
    }
  }
}
