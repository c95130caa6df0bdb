package dev.gryag.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.cleanup.SummaryForgetting;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.forgetting.InMemoryTombstones;
import dev.gryag.core.forgetting.Tombstone;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Forgetting a member everywhere, as {@code gryag forget} does. */
class MemberForgettingTest {

  private static final ChatId TEAM = ChatId.of(-1001);
  private static final ChatId FAMILY = ChatId.of(-1002);
  private static final ChatId QUIET = ChatId.of(-1003);
  private static final Author OLENA = Author.person(11, "Олена", "olena_k");
  private static final Author BOB = Author.person(12, "Bob", null);
  private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

  private final TestClock clock = new TestClock(T0);
  private final InMemoryMessageStore messages = new InMemoryMessageStore();
  private final PersonalizationService people = PersonalizationService.inMemory(clock);
  private final InMemoryTombstones tombstones = new InMemoryTombstones();
  private final InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();
  private final MemberForgetting forgetting =
      new MemberForgetting(messages, people, tombstones, new SummaryForgetting(summaries));
  private long nextId = 1;

  private void say(ChatId chat, Author author, String text) {
    ChatMessage message =
        ChatMessage.text(new MessageRef(chat, nextId++), author, clock.instant(), text);
    messages.append(message);
    people.observe(message, dev.gryag.core.analyzer.Analysis.EMPTY);
  }

  private ChatSummary summary(ChatId chat, long first, String text) {
    ChatSummary summary =
        new ChatSummary(chat, first, first, T0, T0, 1, text, "gemini", T0, Set.of(BOB.id()));
    summaries.save(summary);
    return summary;
  }

  @Test
  void everywhereErasesTheGivenChatsAndDropsMentionsInEveryChatByEveryName() {
    say(TEAM, OLENA, "привіт");
    say(TEAM, BOB, "привіт, Олено");
    say(FAMILY, OLENA, "я вдома");
    summary(TEAM, 100, "Bob і @olena_k говорили про реліз.");
    ChatSummary kept = summary(TEAM, 200, "Bob говорив сам із собою.");
    summary(QUIET, 100, "Згадували Олену.");
    clock.advance(Duration.ofMinutes(5));

    List<Forgotten> forgotten =
        forgetting.everywhere(OLENA.id(), List.of(TEAM, FAMILY), clock.instant());

    assertThat(forgotten)
        .containsExactly(
            new Forgotten(TEAM, 1, 1, 1),
            new Forgotten(FAMILY, 1, 1, 0),
            new Forgotten(QUIET, 0, 0, 1));
    assertThat(tombstones.find(QUIET, OLENA.id()))
        .contains(Tombstone.everywhere(OLENA.id(), clock.instant()));
    assertThat(messages.count(TEAM)).isEqualTo(1);
    assertThat(people.profile(FAMILY, OLENA.id())).isEmpty();
    assertThat(summaries.recent(TEAM, 10)).containsExactly(kept);
    assertThat(summaries.recent(QUIET, 10)).isEmpty();
  }
}
