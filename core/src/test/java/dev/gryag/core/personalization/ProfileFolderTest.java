package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.BOB;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.analysis;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static dev.gryag.core.personalization.PersonalizationFixtures.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Emotion;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileFolderTest {

  private final ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
  private long nextId = 1;

  private MemberProfile fold(
      MemberProfile profile, Author author, Instant at, String text, Analysis a) {
    return folder.fold(Optional.ofNullable(profile), message(nextId++, author, at, text), a, null);
  }

  @Test
  void theFirstMessageStartsAProfile() {
    MemberProfile profile = fold(null, ALICE, T0, "Привіт усім", words(2));

    assertThat(profile.chat()).isEqualTo(PersonalizationFixtures.CHAT);
    assertThat(profile.member()).isEqualTo(ALICE.id());
    assertThat(profile.messages()).isEqualTo(1);
    assertThat(profile.firstSeen()).isEqualTo(T0);
    assertThat(profile.lastSeen()).isEqualTo(T0);
    assertThat(profile.names().displayName()).isEqualTo("Аліса Коваль");
    assertThat(profile.names().username()).isEqualTo("alice_k");
    assertThat(profile.names().seen())
        .containsEntry("Аліса Коваль", T0.getEpochSecond())
        .containsEntry("@alice_k", T0.getEpochSecond());
    assertThat(profile.name()).isEqualTo("Аліса Коваль");
  }

  @Test
  void activityIsCountedInTheConfiguredZone() {
    ProfileFolder kyiv =
        new ProfileFolder(ProfileSettings.DEFAULTS.withZone(ZoneId.of("Europe/Kyiv")));
    Instant sundayNightUtc = Instant.parse("2025-03-02T23:30:00Z"); // Monday 01:30 in Kyiv

    MemberProfile utc = fold(null, ALICE, sundayNightUtc, "ніч", words(1));
    MemberProfile local =
        kyiv.fold(Optional.empty(), message(99, ALICE, sundayNightUtc, "ніч"), words(1), null);

    assertThat(utc.activity().hour(23)).isEqualTo(1);
    assertThat(utc.activity().weekday(6)).isEqualTo(1);
    assertThat(local.activity().hour(1)).isEqualTo(1);
    assertThat(local.activity().weekday(0)).isEqualTo(1);
  }

  @Test
  void speechCountsLengthsQuestionsShoutingProfanityLinksAndMedia() {
    MemberProfile p =
        fold(null, ALICE, T0, "Як справи?", analysis().words(2).question(true).build());
    p = fold(p, ALICE, T0.plusSeconds(1), "ДОБРЕ ДУЖЕ", analysis().words(2).caps(1.0).build());
    p =
        fold(
            p,
            ALICE,
            T0.plusSeconds(2),
            "бля",
            analysis().words(1).profanity(true).links(2).build());
    ChatMessage photo =
        new ChatMessage(
            new dev.gryag.core.model.MessageRef(PersonalizationFixtures.CHAT, 500),
            null,
            ALICE,
            dev.gryag.core.model.Role.USER,
            T0.plusSeconds(3),
            null,
            "",
            MediaKind.PHOTO,
            null,
            List.of(),
            false);
    p = folder.fold(Optional.of(p), photo, Analysis.EMPTY, null);

    SpeechStats s = p.speech();
    assertThat(p.messages()).isEqualTo(4);
    assertThat(s.textMessages()).isEqualTo(3);
    assertThat(s.words()).isEqualTo(5);
    assertThat(s.characters()).isEqualTo(30);
    assertThat(s.meanWords()).isCloseTo(5 / 3.0, within(1e-9));
    assertThat(s.questions()).isEqualTo(1);
    assertThat(s.shouting()).isEqualTo(1);
    assertThat(s.profane()).isEqualTo(1);
    assertThat(s.links()).isEqualTo(1);
    assertThat(s.media()).isEqualTo(1);
    assertThat(s.languages()).containsEntry("uk", 3L);
  }

  @Test
  void formalAndCasualMessagesScoreApart() {
    MemberProfile formal = null;
    MemberProfile casual = null;
    for (int i = 0; i < 5; i++) {
      formal =
          fold(
              formal,
              ALICE,
              T0.plusSeconds(i),
              "Добрий день. Чи можна дізнатися розклад?",
              words(6));
      casual =
          fold(
              casual,
              BOB,
              T0.plusSeconds(i),
              "лол ахах)))",
              analysis().words(2).keywords("лол").emoji("😂").build());
    }

    assertThat(formal.speech().meanFormality()).isGreaterThan(0.65);
    assertThat(casual.speech().meanFormality()).isLessThan(0.35);
  }

  @Test
  void emojiAndEmotionsAreCounted() {
    MemberProfile p =
        fold(
            null,
            ALICE,
            T0,
            "ура",
            analysis().emoji("😂", "😂", "🔥").emotion(Emotion.JOY).build());
    p = fold(p, ALICE, T0.plusSeconds(1), "ех", analysis().emotion(Emotion.SADNESS).build());
    p = fold(p, ALICE, T0.plusSeconds(2), "ок", words(1));

    assertThat(p.emoji().total()).isEqualTo(3);
    assertThat(p.emoji().messagesWithEmoji()).isEqualTo(1);
    assertThat(p.emoji().top()).containsEntry("😂", 2L).containsEntry("🔥", 1L);
    assertThat(p.mood().emotions())
        .containsEntry("JOY", 1L)
        .containsEntry("SADNESS", 1L)
        .hasSize(2);
  }

  @Test
  void moodFollowsRecentMessagesAndItsTrendShowsTheTurn() {
    MemberProfile p = fold(null, ALICE, T0, "погано", analysis().sentiment(-0.8).build());
    assertThat(p.mood().recent()).isEqualTo(-0.8);
    assertThat(p.mood().baseline()).isEqualTo(-0.8);
    for (int i = 1; i <= 20; i++) {
      p = fold(p, ALICE, T0.plusSeconds(i), "супер", analysis().sentiment(0.8).build());
    }

    assertThat(p.mood().scored()).isEqualTo(21);
    assertThat(p.mood().recent()).isGreaterThan(0.5);
    assertThat(p.mood().baseline()).isLessThan(p.mood().recent());
    assertThat(p.mood().trend()).isGreaterThan(0.1);
  }

  @Test
  void oldInterestsFadeBehindRecentOnes() {
    Duration halfLife = ProfileSettings.DEFAULTS.interestHalfLife();
    MemberProfile p = null;
    for (int i = 0; i < 4; i++) {
      p =
          fold(
              p,
              ALICE,
              T0.plusSeconds(i),
              "футбол",
              analysis().keywords("футбол").topics("sport").build());
    }
    assertThat(InterestScores.top(p.interests().keywords(), 5, T0, halfLife, 1.0))
        .containsExactly("футбол");
    Instant later = T0.plus(halfLife.multipliedBy(4));
    for (int i = 0; i < 2; i++) {
      p = fold(p, ALICE, later.plusSeconds(i), "шахи", analysis().keywords("шахи").build());
    }

    double football = InterestScores.score(p.interests().keywords().get("футбол"), later, halfLife);
    double chess = InterestScores.score(p.interests().keywords().get("шахи"), later, halfLife);
    assertThat(football).isCloseTo(4 / 16.0, within(1e-6));
    assertThat(chess).isCloseTo(2.0, within(1e-6));
    assertThat(InterestScores.top(p.interests().keywords(), 5, later, halfLife, 1.0))
        .containsExactly("шахи");
  }

  @Test
  void theNewestMessageNamesTheMemberEvenWhenOlderOnesArriveLater() {
    Author renamed = Author.person(101, "Аліса", "alice_new");
    MemberProfile p = fold(null, ALICE, T0, "перше", words(1));
    p = fold(p, renamed, T0.plusSeconds(100), "нове ім'я", words(2));
    p = fold(p, ALICE, T0.plusSeconds(50), "запізніле", words(1));

    assertThat(p.names().displayName()).isEqualTo("Аліса");
    assertThat(p.names().username()).isEqualTo("alice_new");
    assertThat(p.lastSeen()).isEqualTo(T0.plusSeconds(100));
    assertThat(p.names().seen())
        .containsEntry("Аліса Коваль", T0.getEpochSecond())
        .containsEntry("Аліса", T0.plusSeconds(100).getEpochSecond())
        .containsKeys("@alice_k", "@alice_new");
  }

  @Test
  void repliesAreCountedBothWaysAndAPartnerCanBeRemoved() {
    MemberProfile alice =
        folder.fold(Optional.empty(), message(1, ALICE, T0, "так"), words(1), BOB.id());
    alice = folder.fold(Optional.of(alice), message(2, ALICE, T0, "ні"), words(1), ALICE.id());
    MemberProfile bob = folder.repliedBy(fold(null, BOB, T0, "?", words(1)), ALICE.id());

    assertThat(alice.replies().to()).containsExactly(java.util.Map.entry("102", 1L));
    assertThat(bob.replies().from()).containsExactly(java.util.Map.entry("101", 1L));
    assertThat(ProfileFolder.withoutPartner(alice, BOB.id()).replies().to()).isEmpty();
    assertThat(folder.repliedBy(bob, BOB.id())).isSameAs(bob);
  }

  @Test
  void aMessageOfAnotherMemberCannotBeFoldedIn() {
    MemberProfile alice = fold(null, ALICE, T0, "я", words(1));

    assertThatThrownBy(
            () -> folder.fold(Optional.of(alice), message(7, BOB, T0, "ти"), words(1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot fold message");
  }

  @Test
  void everyMapStaysWithinTwiceItsLimit() {
    ProfileSettings small =
        new ProfileSettings(ZoneId.of("UTC"), 2, 2, 3, 2, 2, Duration.ofDays(30), 0.1, 0.02);
    ProfileFolder tight = new ProfileFolder(small);
    Optional<MemberProfile> p = Optional.empty();
    for (int i = 0; i < 200; i++) {
      Author author = Author.person(101, "Name " + (i % 9), "user" + (i % 7));
      Analysis a =
          analysis().keywords("k" + i, "k" + (i + 1)).topics("t" + i).emoji("e" + i).build();
      p =
          Optional.of(
              tight.fold(
                  p, message(i + 1, author, T0.plusSeconds(i), "x"), a, UserId.of(1000 + i)));
      p = Optional.of(tight.repliedBy(p.get(), UserId.of(5000 + i)));
      MemberProfile profile = p.get();
      assertThat(profile.names().seen()).hasSizeLessThanOrEqualTo(2);
      assertThat(profile.emoji().top()).hasSizeLessThanOrEqualTo(4);
      assertThat(profile.interests().keywords()).hasSizeLessThanOrEqualTo(6);
      assertThat(profile.interests().topics()).hasSizeLessThanOrEqualTo(4);
      assertThat(profile.replies().to()).hasSizeLessThanOrEqualTo(4);
      assertThat(profile.replies().from()).hasSizeLessThanOrEqualTo(4);
    }
    assertThat(p.get().names().seen()).containsKey("@user" + (199 % 7));
  }

  @Test
  void aNewerNameIsKeptWhenTheNameHistoryIsFull() {
    ProfileSettings small =
        new ProfileSettings(ZoneId.of("UTC"), 2, 2, 3, 2, 2, Duration.ofDays(30), 0.1, 0.02);
    ProfileFolder tight = new ProfileFolder(small);
    MemberProfile p =
        tight.fold(
            Optional.empty(), message(1, Author.person(101, "A", null), T0, "x"), words(1), null);
    p =
        tight.fold(
            Optional.of(p),
            message(2, Author.person(101, "B", null), T0.plusSeconds(1), "x"),
            words(1),
            null);
    p =
        tight.fold(
            Optional.of(p),
            message(3, Author.person(101, "C", null), T0.plusSeconds(2), "x"),
            words(1),
            null);

    assertThat(p.names().seen()).containsOnlyKeys("B", "C");
    assertThat(p.names().displayName()).isEqualTo("C");
    assertThat(Language.UK.code()).isEqualTo("uk");
  }
}
