package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOT;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.OTHER_GROUP;
import static dev.gryag.core.conversation.Harness.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.context.ChatSummary;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A chat whose old messages were compacted keeps their gist in the bot's prompt. */
class ChatSummariesTest {

  private final Harness harness = new Harness();
  private final InMemoryChatSummaryStore store = new InMemoryChatSummaryStore();

  private void summarised(long first, long last, String text) {
    store.save(
        new ChatSummary(
            GROUP.id(),
            first,
            last,
            T0.minus(Duration.ofDays(120)),
            T0.minus(Duration.ofDays(100)),
            (int) (last - first + 1),
            text,
            "gemini",
            T0.minus(Duration.ofDays(10))));
  }

  @Test
  void a_reply_prompt_carries_the_stored_summaries_of_its_chat() {
    summarised(1, 200, "Аліса планувала поїздку до Львова в травні.");
    harness.summaries = store::recent;

    harness.handle(harness.mention(GROUP, ALICE, BOT.username(), "куди я збиралась?"));

    assertThat(harness.model.lastRequest().systemInstruction())
        .contains("Earlier in this chat:")
        .contains("Аліса планувала поїздку до Львова в травні.");
  }

  @Test
  void another_chat_gets_none_of_them() {
    summarised(1, 200, "Аліса планувала поїздку до Львова в травні.");
    harness.summaries = store::recent;

    harness.handle(harness.mention(OTHER_GROUP, ALICE, BOT.username(), "куди я збиралась?"));

    assertThat(harness.model.lastRequest().systemInstruction())
        .doesNotContain("Earlier in this chat:")
        .doesNotContain("Львова");
  }
}
