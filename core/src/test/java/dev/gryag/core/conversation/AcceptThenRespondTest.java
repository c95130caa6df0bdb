package dev.gryag.core.conversation;

import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.conversation.Outcome.Ignored.Reason;
import dev.gryag.core.model.ChatMessage;
import org.junit.jupiter.api.Test;

/** The two halves of onMessage that a receiver with per-chat lanes uses. */
class AcceptThenRespondTest {

  private final Harness harness = new Harness();

  @Test
  void accepting_stores_the_message_and_leaves_the_reply_for_respond() {
    ChatMessage message = harness.message(PRIVATE, ALICE, "привіт");

    Accepted accepted = harness.service().accept(IncomingMessage.of(PRIVATE, message));

    assertThat(accepted.isSettled()).isFalse();
    assertThat(accepted.chat()).isEqualTo(PRIVATE.id());
    assertThat(harness.messages.find(message.ref())).contains(message);
    assertThat(harness.model.requests).isEmpty();
    assertThat(harness.sender.sent).isEmpty();

    Outcome outcome = harness.service().respond(accepted);

    assertThat(outcome).isInstanceOf(Outcome.Replied.class);
    assertThat(harness.sender.sent).hasSize(1);
  }

  @Test
  void a_redelivered_message_is_settled_as_a_duplicate_at_once() {
    ChatMessage message = harness.message(GROUP, ALICE, "гряг, привіт");
    IncomingMessage in = IncomingMessage.of(GROUP, message);
    harness.service().accept(in);

    Accepted again = harness.service().accept(in);

    assertThat(again.isSettled()).isTrue();
    assertThat(harness.service().respond(again)).isEqualTo(new Outcome.Ignored(Reason.DUPLICATE));
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void an_edit_is_settled_when_accepted() {
    ChatMessage message = harness.message(GROUP, ALICE, "гряг, привіт");
    harness.service().accept(IncomingMessage.of(GROUP, message));

    Accepted edit =
        harness
            .service()
            .accept(
                IncomingMessage.of(GROUP, message.withText("гряг, добрий день", null)).asEdit());

    assertThat(edit.isSettled()).isTrue();
    assertThat(harness.messages.find(message.ref()).orElseThrow().text())
        .isEqualTo("гряг, добрий день");
  }
}
