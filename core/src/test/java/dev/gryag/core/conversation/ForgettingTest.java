package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.cleanup.SummaryForgetting;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.conversation.Outcome.Ignored.Reason;
import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import dev.gryag.core.personalization.PersonalizationService;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code /forget}, {@code /optout} and {@code /optin}, and what forgetting keeps out afterwards.
 */
class ForgettingTest {

  private final Harness harness = new Harness();

  private boolean stored(ChatMessage message) {
    return harness.messages.find(message.ref()).isPresent();
  }

  private long storedFrom(UserId author) {
    return harness.messages.recent(GROUP.id(), 100).stream()
        .filter(m -> m.author().id().equals(author))
        .count();
  }

  @Test
  void a_member_who_is_no_admin_forgets_themselves() {
    harness.administrators = new InMemoryChatAdministrators().appoint(GROUP.id(), BOB.id());
    harness.in(GROUP, ALICE, "мій секрет");

    assertThat(harness.in(GROUP, ALICE, "/reset"))
        .extracting("response")
        .isEqualTo("/reset — лише для адмінів чату.");
    assertThat(harness.in(GROUP, ALICE, "/forget"))
        .extracting("response")
        .isEqualTo("Готово: забув 3 повідомлень і 3 записів про тебе.");
    assertThat(storedFrom(ALICE.id())).isZero();
    assertThat(harness.memory.forgotten).containsExactly(ALICE.id());
  }

  @Test
  void a_late_or_redelivered_message_from_before_forgetting_is_not_stored_and_a_new_one_is() {
    ChatMessage late = harness.message(GROUP, ALICE, "старий секрет");
    harness.clock.advance(Duration.ofMinutes(1));
    ChatMessage forget = harness.message(GROUP, ALICE, "/forget");
    harness.handle(forget);
    int answers = harness.sender.sent.size();

    assertThat(harness.tombstones.find(GROUP.id(), ALICE.id()))
        .as("as of the command's own time")
        .contains(new Tombstone(ALICE.id(), GROUP.id(), forget.sentAt()));
    assertThat(harness.handle(late)).isEqualTo(new Outcome.Ignored(Reason.FORGOTTEN));
    assertThat(
            harness.handle(
                IncomingMessage.of(GROUP, late.withText("змінений", late.entities())).asEdit()))
        .isEqualTo(new Outcome.Ignored(Reason.FORGOTTEN));
    assertThat(harness.handle(forget))
        .as("a redelivered /forget is not run again")
        .isEqualTo(new Outcome.Ignored(Reason.FORGOTTEN));
    assertThat(stored(late)).isFalse();
    assertThat(stored(forget)).isFalse();
    assertThat(harness.sender.sent).hasSize(answers);

    harness.clock.advance(Duration.ofSeconds(1));
    ChatMessage back = harness.message(GROUP, ALICE, "я повернулася");
    assertThat(harness.handle(back)).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(stored(back)).isTrue();
    harness.in(GROUP, BOB, "а я й не йшов");
    assertThat(storedFrom(BOB.id())).isEqualTo(1);
  }

  @Test
  void after_optout_nothing_of_the_member_is_kept_though_the_bot_still_answers_until_optin() {
    PersonalizationService people = PersonalizationService.inMemory(harness.clock);
    harness.personalization = people;
    harness.in(GROUP, ALICE, "Я живу в Києві");
    assertThat(people.profile(GROUP.id(), ALICE.id())).isPresent();

    assertThat(harness.in(GROUP, ALICE, "/optout"))
        .extracting("response")
        .isEqualTo(Phrase.OPTED_OUT.defaultText().formatted(2, 2));
    assertThat(storedFrom(ALICE.id())).isZero();

    harness.clock.advance(Duration.ofMinutes(1));
    ChatMessage private_ = harness.message(GROUP, ALICE, "Я живу у Львові");
    assertThat(harness.handle(private_)).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(stored(private_)).isFalse();
    ChatMessage question = harness.mention(GROUP, ALICE, "gryag_bot", "як справи?");
    assertThat(harness.handle(question)).isInstanceOf(Outcome.Replied.class);
    assertThat(stored(question)).isFalse();
    assertThat(people.profile(GROUP.id(), ALICE.id())).isEmpty();
    assertThat(people.facts(GROUP.id(), ALICE.id())).isEmpty();
    assertThat(people.optedOut(GROUP.id(), ALICE.id())).isTrue();

    assertThat(harness.in(GROUP, ALICE, "/optin"))
        .extracting("response")
        .isEqualTo(Phrase.OPTED_IN.defaultText());
    ChatMessage again = harness.message(GROUP, ALICE, "Я живу у Львові");
    harness.handle(again);
    assertThat(stored(again)).isTrue();
    assertThat(people.profile(GROUP.id(), ALICE.id())).isPresent();
    assertThat(harness.in(GROUP, ALICE, "/optin"))
        .extracting("response")
        .isEqualTo(Phrase.NOT_OPTED_OUT.defaultText());
  }

  @Test
  void forgetting_drops_the_summaries_made_from_the_members_messages_or_naming_them() {
    InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();
    harness.mentions = new SummaryForgetting(summaries);
    harness.summaries = summaries::recent;
    harness.personalization = PersonalizationService.inMemory(harness.clock);
    ChatSummary theirs = summary(1, "Обговорювали реліз.", ALICE.id(), BOB.id());
    ChatSummary naming = summary(11, "Боб сказав, що Аліса переїжджає.", BOB.id());
    ChatSummary byUsername = summary(21, "Хтось згадав @alice.");
    ChatSummary others = summary(31, "Боб планує відпустку.", BOB.id());
    for (ChatSummary s : new ChatSummary[] {theirs, naming, byUsername, others}) {
      summaries.save(s);
    }
    harness.in(GROUP, ALICE, "привіт");

    assertThat(harness.in(GROUP, ALICE, "/forget"))
        .extracting("response")
        .isEqualTo("Готово: забув 2 повідомлень і 4 записів про тебе.");
    assertThat(summaries.recent(GROUP.id(), 10)).containsExactly(others);
  }

  private ChatSummary summary(long first, String text, UserId... authors) {
    return new ChatSummary(
        GROUP.id(),
        first,
        first + 9,
        Harness.T0.minus(Duration.ofDays(30)),
        Harness.T0.minus(Duration.ofDays(30)).plusSeconds(first),
        10,
        text,
        "gemini",
        Harness.T0,
        Set.of(authors));
  }
}
