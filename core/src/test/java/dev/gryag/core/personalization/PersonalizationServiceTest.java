package dev.gryag.core.personalization;

import static dev.gryag.core.personalization.PersonalizationFixtures.ALICE;
import static dev.gryag.core.personalization.PersonalizationFixtures.BOB;
import static dev.gryag.core.personalization.PersonalizationFixtures.CAROL;
import static dev.gryag.core.personalization.PersonalizationFixtures.CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.OTHER_CHAT;
import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.analysis;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.analyzer.Language;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.UserId;
import dev.gryag.core.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalizationServiceTest {

  private final TestClock clock = new TestClock(T0.plus(Duration.ofDays(1)));
  private final InMemoryProfileStore profiles = new InMemoryProfileStore();
  private final InMemoryFactStore factStore = new InMemoryFactStore();
  private final InMemoryPreferenceStore preferences = new InMemoryPreferenceStore();
  private PersonalizationService service =
      build(PersonalizationSettings.DEFAULTS, new RuleBasedFactExtractor());
  private long nextId = 1;

  private PersonalizationService build(PersonalizationSettings settings, FactExtractor extractor) {
    return PersonalizationService.builder(profiles, factStore, preferences)
        .settings(settings)
        .extractor(extractor)
        .clock(clock)
        .build();
  }

  private ChatMessage say(Author author, String text) {
    return say(author, text, analysis().words(Math.max(1, text.split("\\s+").length)).build());
  }

  private ChatMessage say(Author author, String text, Analysis analysis) {
    ChatMessage message = message(nextId++, author, T0.plusSeconds(nextId * 60), text);
    service.observe(message, analysis);
    return message;
  }

  private ChatMessage reply(Author author, ChatMessage to, String text) {
    ChatMessage message =
        message(nextId++, author, T0.plusSeconds(nextId * 60), text).withReplyTo(to.messageId());
    service.observe(message, analysis().words(1).build());
    return message;
  }

  @Test
  void aMembersMessagesBuildAProfileAndTheirStatementsFacts() {
    say(ALICE, "Привіт! Мене звати Аліса, я живу в Києві і працюю програмістом.");
    say(ALICE, "Сьогодні гарна погода");

    MemberProfile profile = service.profile(CHAT, ALICE.id()).orElseThrow();
    assertThat(profile.messages()).isEqualTo(2);
    assertThat(service.facts(CHAT, ALICE.id()))
        .extracting(Fact::key, Fact::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("name", "Аліса"),
            org.assertj.core.groups.Tuple.tuple("city", "Києві"),
            org.assertj.core.groups.Tuple.tuple("occupation", "програмістом"));
    assertThat(service.facts(CHAT, ALICE.id()).get(0).source()).isEqualTo(new MessageRef(CHAT, 1));
  }

  @Test
  void theDescriptionIsInTheMembersLanguageAndTellsFacts() {
    say(ALICE, "Мене звати Аліса, я живу в Києві");

    String description = service.describe(CHAT, ALICE.id(), 500);

    assertThat(description).startsWith("Аліса Коваль (@alice_k)").contains("живе в Києві");
  }

  @Test
  void theDescriptionFollowsTheReplyLanguagePreferenceThenTheChatLanguage() {
    say(ALICE, "Я живу в Києві");
    service.setPreferences(
        CHAT,
        ALICE.id(),
        p ->
            new MemberPreferences(
                p.chat(), p.member(), "Ліса", "вона/її", Language.EN, false, p.updatedAt()));
    assertThat(service.describe(CHAT, ALICE.id(), 500))
        .isEqualTo(
            "Аліса Коваль (@alice_k), вона/її, asks to be called Ліса; lives in Києві; 1 message since 2025-03");

    PersonalizationService russianChat =
        PersonalizationService.builder(profiles, factStore, preferences)
            .clock(clock)
            .chatLanguage(chat -> Optional.of(Language.RU))
            .build();
    russianChat.setPreferences(
        CHAT, ALICE.id(), p -> MemberPreferences.none(p.chat(), p.member(), p.updatedAt()));
    assertThat(russianChat.describe(CHAT, ALICE.id(), 500)).contains("живёт в Києві");
    assertThat(preferences.find(CHAT, ALICE.id())).isEmpty();
  }

  @Test
  void theDescriptionNeverExceedsTheAskedLength() {
    for (int i = 0; i < 30; i++) {
      say(
          ALICE,
          "Мене звати Аліса, я з Харкова, мені 30 років 😂",
          analysis()
              .words(9)
              .emoji("😂", "🔥")
              .keywords("футбол", "кава")
              .topics("sport")
              .sentiment(0.6)
              .build());
      reply(BOB, message(1, ALICE, T0, "x"), "так");
    }
    String full = service.describe(CHAT, ALICE.id(), 10_000);
    assertThat(full).contains("цікавиться: sport").contains("родом з Харкова").contains("Bob");

    for (int max = 0; max <= full.length() + 5; max++) {
      String cut = service.describe(CHAT, ALICE.id(), max);
      assertThat(cut.length()).as("maxChars %d", max).isLessThanOrEqualTo(max);
      assertThat(cut.isEmpty()).isEqualTo(max == 0);
    }
  }

  @Test
  void nothingIsDescribedForAnUnknownMember() {
    assertThat(service.describe(CHAT, CAROL.id(), 200)).isEmpty();
    assertThat(service.report(CHAT, CAROL.id())).isEmpty();
  }

  @Test
  void botsAndSystemEventsAreNotProfiled() {
    service.observe(
        message(1, Author.bot(9, "Гряг", "gryag_bot"), T0, "Мене звати Гряг"), analysis().build());
    ChatMessage system =
        new ChatMessage(
            new MessageRef(CHAT, 2),
            null,
            ALICE,
            Role.SYSTEM,
            T0,
            null,
            "pinned",
            MediaKind.NONE,
            null,
            List.of(),
            false);
    service.observe(system, analysis().build());

    assertThat(profiles.profiles(CHAT)).isEmpty();
    assertThat(factStore.facts(CHAT, UserId.of(9))).isEmpty();
  }

  @Test
  void repliesAreCountedForBothMembersIncludingOlderMessagesFromTheLookup() {
    ChatMessage question = say(ALICE, "Хто йде?");
    reply(BOB, question, "я");
    PersonalizationService withLookup =
        PersonalizationService.builder(profiles, factStore, preferences)
            .clock(clock)
            .messageAuthors(
                ref -> ref.messageId() == 777 ? Optional.of(ALICE.id()) : Optional.empty())
            .build();
    withLookup.observe(
        message(50, BOB, T0.plusSeconds(9000), "і я").withReplyTo(777L), analysis().build());
    withLookup.observe(
        message(51, BOB, T0.plusSeconds(9100), "хм").withReplyTo(778L), analysis().build());

    assertThat(profiles.find(CHAT, BOB.id()).orElseThrow().replies().to())
        .containsEntry("101", 2L)
        .hasSize(1);
    assertThat(profiles.find(CHAT, ALICE.id()).orElseThrow().replies().from())
        .containsEntry("102", 2L);
  }

  @Test
  void aContradictionReplacesTheFact() {
    say(ALICE, "Я живу в Києві");
    say(ALICE, "Я живу у Львові");

    assertThat(service.facts(CHAT, ALICE.id())).extracting(Fact::value).containsExactly("Львові");
  }

  @Test
  void beyondTheCapTheLeastConfidentFactsGoFirst() {
    service = build(PersonalizationSettings.DEFAULTS.withFactCap(2), FactExtractor.NONE);
    service.remember(
        CHAT, ALICE.id(), new ExtractedFact(FactCategory.OTHER, "a", "1", 0.9), null, T0);
    service.remember(
        CHAT, ALICE.id(), new ExtractedFact(FactCategory.OTHER, "b", "1", 0.4), null, T0);
    service.remember(
        CHAT, ALICE.id(), new ExtractedFact(FactCategory.OTHER, "c", "1", 0.6), null, T0);
    service.remember(
        CHAT,
        ALICE.id(),
        new ExtractedFact(FactCategory.OTHER, "d", "1", 0.6),
        null,
        T0.plusSeconds(1));

    assertThat(factStore.facts(CHAT, ALICE.id())).extracting(Fact::key).containsExactly("a", "d");
  }

  @Test
  void factsThatFadedBelowTheFloorAreNoLongerTold() {
    say(ALICE, "Мені 30 років");
    assertThat(service.facts(CHAT, ALICE.id())).hasSize(1);

    clock.advance(PersonalizationSettings.DEFAULTS.factHalfLife().multipliedBy(2));

    assertThat(service.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(service.describe(CHAT, ALICE.id(), 500)).doesNotContain("30");
    assertThat(factStore.facts(CHAT, ALICE.id())).hasSize(1);
  }

  @Test
  void theFactsReportListsKeysAndHowToForgetThem() {
    say(ALICE, "Я живу в Києві");

    assertThat(service.factsReport(CHAT, ALICE.id()).orElseThrow())
        .contains("Що я про тебе знаю:")
        .contains("• city: Києві (впевненість 85%, підтверджено один раз)")
        .contains("/forget <ключ>");
    assertThat(service.factsReport(CHAT, BOB.id()).orElseThrow())
        .isEqualTo("I have not learned anything about you.");
  }

  @Test
  void forgettingOneFactLeavesTheOthers() {
    say(ALICE, "Мене звати Аліса. Я живу в Києві");

    assertThat(service.forgetFact(CHAT, ALICE.id(), "city")).isTrue();
    assertThat(service.forgetFact(CHAT, ALICE.id(), "city")).isFalse();
    assertThat(service.forgetFact(CHAT, ALICE.id(), "Not A Key!")).isFalse();
    assertThat(service.facts(CHAT, ALICE.id())).extracting(Fact::key).containsExactly("name");
  }

  @Test
  void forgetErasesProfileFactsPreferencesAndTheMemberFromOthersReplies() {
    ChatMessage hello = say(ALICE, "Мене звати Аліса");
    reply(BOB, hello, "привіт");
    service.setPreferences(
        CHAT,
        ALICE.id(),
        p -> new MemberPreferences(p.chat(), p.member(), "Ліса", null, null, false, p.updatedAt()));
    say(ALICE, "Я живу в Києві");

    assertThat(service.forget(CHAT, ALICE.id())).isEqualTo(4); // profile, 2 facts, preferences

    assertThat(service.profile(CHAT, ALICE.id())).isEmpty();
    assertThat(factStore.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(preferences.find(CHAT, ALICE.id())).isEmpty();
    assertThat(profiles.find(CHAT, BOB.id()).orElseThrow().replies().to()).isEmpty();
    reply(BOB, hello, "ще раз");
    assertThat(profiles.find(CHAT, BOB.id()).orElseThrow().replies().to()).isEmpty();
    assertThat(service.forget(CHAT, ALICE.id())).isZero();
  }

  @Test
  void theNamesAMemberIsKnownByAreEveryNameSeenStatedOrAskedFor() {
    say(ALICE, "Мене звати Олександра");
    say(Author.person(ALICE.id().value(), "Саша", null), "привіт");
    service.setPreferences(
        CHAT,
        ALICE.id(),
        p -> new MemberPreferences(p.chat(), p.member(), "Ліса", null, null, false, p.updatedAt()));

    assertThat(service.names(CHAT, ALICE.id()))
        .containsExactlyInAnyOrder("Саша", "Аліса Коваль", "@alice_k", "Ліса", "Олександра");
    assertThat(service.names(OTHER_CHAT, ALICE.id())).isEmpty();
    assertThat(service.names(CHAT, BOB.id())).isEmpty();
  }

  @Test
  void anOptedOutMemberIsNeitherProfiledNorDescribedNorCounted() {
    ChatMessage hello = say(ALICE, "Мене звати Аліса");
    assertThat(service.optOut(CHAT, ALICE.id())).isEqualTo(2);

    say(ALICE, "Я живу в Києві");
    reply(BOB, hello, "привіт");
    reply(BOB, say(ALICE, "ну"), "ага");

    assertThat(service.optedOut(CHAT, ALICE.id())).isTrue();
    assertThat(service.profile(CHAT, ALICE.id())).isEmpty();
    assertThat(factStore.facts(CHAT, ALICE.id())).isEmpty();
    assertThat(service.describe(CHAT, ALICE.id(), 200)).isEmpty();
    assertThat(service.report(CHAT, ALICE.id())).isEmpty();
    assertThat(
            service.remember(
                CHAT, ALICE.id(), new ExtractedFact(FactCategory.OTHER, "x", "y", 1), null, T0))
        .isEmpty();
    assertThat(profiles.find(CHAT, BOB.id()).orElseThrow().replies().to()).isEmpty();
    assertThat(
            service
                .setPreferences(
                    CHAT,
                    ALICE.id(),
                    p ->
                        new MemberPreferences(
                            p.chat(), p.member(), "Ліса", null, null, false, p.updatedAt()))
                .optedOut())
        .isTrue();
    assertThat(service.optedOut(OTHER_CHAT, ALICE.id())).isFalse();
  }

  @Test
  void forgetKeepsTheOptOutAndOptInLiftsIt() {
    service.optOut(CHAT, ALICE.id());

    assertThat(service.forget(CHAT, ALICE.id())).isZero();
    assertThat(service.optedOut(CHAT, ALICE.id())).isTrue();
    assertThat(service.optIn(CHAT, ALICE.id())).isTrue();
    assertThat(service.optIn(CHAT, ALICE.id())).isFalse();

    say(ALICE, "Я живу в Києві");
    assertThat(service.facts(CHAT, ALICE.id())).hasSize(1);
  }

  @Test
  void anAdminFindsAMemberByUsername() {
    say(BOB, "hi");

    assertThat(service.findMember(CHAT, "@Bobby")).contains(BOB.id());
    assertThat(service.findMember(CHAT, "nobody")).isEmpty();
  }

  @Test
  void theReportShowsProfileFactsAndPreferences() {
    for (int i = 0; i < 6; i++) {
      say(
          BOB,
          "I live in Boston. Great game today!",
          analysis()
              .language(Language.EN)
              .words(6)
              .sentiment(0.5)
              .emoji("🏀")
              .topics("sport")
              .build());
    }
    service.setPreferences(
        CHAT,
        BOB.id(),
        p ->
            new MemberPreferences(
                p.chat(), p.member(), null, "he/him", null, false, p.updatedAt()));

    String report = service.report(CHAT, BOB.id()).orElseThrow();

    assertThat(report)
        .startsWith("Profile of Bob (@bobby), he/him")
        .contains("Messages: 6 messages, first 2025-03-03")
        .contains("Style: 6.0 words per message on average")
        .contains("Emoji: 🏀")
        .contains("\nmood positive (+0.50)\n")
        .contains("Interests: sport")
        .contains("Languages: English 100%")
        .contains("• lives in Boston (100%)")
        .contains("Preferences: pronouns he/him");
  }

  @Test
  void anExtractorFailureCostsOnlyTheFacts() {
    service =
        build(
            PersonalizationSettings.DEFAULTS,
            (m, a) -> {
              throw new IllegalStateException("model down");
            });

    say(ALICE, "Мене звати Аліса");

    assertThat(service.profile(CHAT, ALICE.id())).isPresent();
    assertThat(factStore.facts(CHAT, ALICE.id())).isEmpty();
  }
}
