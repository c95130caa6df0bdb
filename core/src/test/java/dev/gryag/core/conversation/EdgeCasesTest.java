package dev.gryag.core.conversation;

import static dev.gryag.core.context.Messages.quoted;
import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.ANONYMOUS_ADMIN;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.BOT;
import static dev.gryag.core.conversation.Harness.FORUM;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.OTHER_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.Messages;
import dev.gryag.core.conversation.Outcome.Ignored.Reason;
import dev.gryag.core.limits.Limit;
import dev.gryag.core.limits.RateLimits;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.settings.AccessPolicy;
import dev.gryag.core.settings.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edits, forum topics, anonymous admins, late and unwelcome messages. */
class EdgeCasesTest {

  private final Harness harness = new Harness();

  @Test
  void an_edit_updates_the_stored_text_and_is_never_answered_nor_observed_again() {
    ChatMessage original = harness.message(GROUP, ALICE, "котлети");
    harness.handle(original);
    harness.clock.advance(Duration.ofMinutes(1));
    ChatMessage edited =
        original
            .withText("гряг, що скажеш про котлети?", List.of())
            .editedAt(harness.clock.instant());

    Outcome outcome = harness.handle(IncomingMessage.of(GROUP, edited).asEdit());

    assertThat(outcome).isEqualTo(new Outcome.Ignored(Reason.EDITED));
    assertThat(harness.messages.find(original.ref()))
        .get()
        .extracting(ChatMessage::text)
        .isEqualTo(edited.text());
    assertThat(harness.memory.observed).hasSize(1);
    assertThat(harness.model.requests).isEmpty();
  }

  @Test
  void an_edit_of_a_message_never_seen_is_stored() {
    ChatMessage unseen = harness.message(GROUP, BOB, "виправлено");

    assertThat(harness.handle(IncomingMessage.of(GROUP, unseen).asEdit()))
        .isEqualTo(new Outcome.Ignored(Reason.EDITED));

    assertThat(harness.messages.find(unseen.ref()))
        .get()
        .extracting(ChatMessage::editedAt)
        .isEqualTo(harness.clock.instant());
  }

  @Test
  void in_a_forum_the_answer_goes_to_the_topic_and_the_context_stays_in_it() {
    harness.handle(
        IncomingMessage.of(FORUM, harness.message(GROUP, BOB, "про інше").withThread(70L)));
    harness.handle(
        IncomingMessage.of(FORUM, harness.message(GROUP, BOB, "про сир").withThread(50L)));

    Outcome outcome =
        harness.handle(
            IncomingMessage.of(
                FORUM, harness.message(GROUP, ALICE, "гряг, а ти?").withThread(50L)));

    assertThat(outcome).isInstanceOf(Outcome.Replied.class);
    assertThat(harness.sender.last().threadId()).isEqualTo(50L);
    assertThat(Messages.undated(harness.model.lastRequest().turns()))
        .extracting(Turn::text)
        .containsExactly(quoted(BOB, "про сир"), quoted(ALICE, "гряг, а ти?"));
    long answerId = ((Outcome.Replied) outcome).sentMessageIds().getFirst();
    assertThat(harness.messages.find(new MessageRef(GROUP.id(), answerId)))
        .get()
        .extracting(ChatMessage::threadId)
        .isEqualTo(50L);
  }

  @Test
  void a_topic_messages_implicit_reply_to_the_topics_first_message_is_no_reply() {
    ChatMessage topicStart = harness.message(GROUP, BOT.author(), "Тема від бота");
    harness.handle(IncomingMessage.of(FORUM, topicStart.withThread(topicStart.messageId())));
    long topic = topicStart.messageId();

    ChatMessage inTopic =
        harness.message(GROUP, ALICE, "звичайне повідомлення").withThread(topic).withReplyTo(topic);

    assertThat(harness.handle(IncomingMessage.of(FORUM, inTopic)))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(harness.messages.find(inTopic.ref()))
        .get()
        .extracting(ChatMessage::replyToMessageId)
        .isNull();
  }

  @Test
  void an_anonymous_admin_runs_admin_commands_and_bypasses_rate_limits() {
    harness.config =
        harness.config.withLimits(
            new RateLimits(Limit.perHour(1, 1), Limit.perHour(1, 1), Limit.perHour(1, 1)));

    harness.in(GROUP, BOB, "привіт");

    Outcome ban = harness.in(GROUP, ANONYMOUS_ADMIN, "/ban @bob");

    assertThat(ban).extracting("command").isEqualTo("ban");
    assertThat(harness.settings.get(GROUP.id()).isBanned(BOB.id())).isTrue();

    for (int i = 0; i < 3; i++) {
      assertThat(harness.in(GROUP, ANONYMOUS_ADMIN, "гряг, звіт " + i))
          .isInstanceOf(Outcome.Replied.class);
    }
  }

  @Test
  void an_anonymous_admins_messages_are_not_another_bots() {
    assertThat(harness.in(GROUP, ANONYMOUS_ADMIN, "гряг, привіт від адмінів"))
        .extracting("trigger")
        .isEqualTo(Trigger.KEYWORD);
  }

  @Test
  void a_message_older_than_the_stale_limit_is_stored_but_not_answered() {
    ChatMessage late = harness.message(GROUP, ALICE, "гряг, ти спав?");
    harness.clock.advance(Duration.ofMinutes(6));

    assertThat(harness.handle(late)).isEqualTo(new Outcome.Ignored(Reason.STALE));
    assertThat(harness.messages.find(late.ref())).isPresent();
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void a_message_just_within_the_stale_limit_is_answered() {
    ChatMessage late = harness.message(GROUP, ALICE, "гряг, ти тут?");
    harness.clock.advance(Duration.ofMinutes(5));

    assertThat(harness.handle(late)).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void a_chat_the_access_policy_excludes_is_neither_stored_nor_answered() {
    harness.config = harness.config.withAccess(AccessPolicy.allowOnly(Set.of(OTHER_GROUP.id())));
    ChatMessage message = harness.message(GROUP, ALICE, "гряг?");

    assertThat(harness.handle(message)).isEqualTo(new Outcome.Ignored(Reason.CHAT_NOT_ALLOWED));
    assertThat(harness.messages.count(GROUP.id())).isZero();
    assertThat(harness.in(OTHER_GROUP, ALICE, "гряг?")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void an_inactive_chat_is_remembered_but_not_answered_and_an_admins_start_wakes_it() {
    harness.settings.update(GROUP.id(), s -> s.withActive(false));

    assertThat(harness.in(GROUP, ALICE, "гряг?"))
        .isEqualTo(new Outcome.Ignored(Reason.CHAT_INACTIVE));
    assertThat(harness.in(GROUP, ALICE, "/start")).isInstanceOf(Outcome.CommandHandled.class);
    assertThat(harness.settings.get(GROUP.id()).active()).isFalse();
    harness.handle(
        IncomingMessage.of(GROUP, harness.message(GROUP, BOB, "/start@gryag_bot")).fromAdmin());

    assertThat(harness.in(GROUP, ALICE, "гряг?")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void a_banned_members_messages_are_stored_but_neither_answered_nor_observed() {
    harness.settings.update(GROUP.id(), s -> s.withBan(ALICE.id()));
    ChatMessage message = harness.message(GROUP, ALICE, "гряг, /help");

    assertThat(harness.handle(message)).isEqualTo(new Outcome.Ignored(Reason.BANNED));
    assertThat(harness.in(GROUP, ALICE, "/help")).isEqualTo(new Outcome.Ignored(Reason.BANNED));
    assertThat(harness.messages.find(message.ref())).isPresent();
    assertThat(harness.memory.observed).isEmpty();
  }

  @Test
  void a_member_who_opted_out_is_not_observed_but_still_answered() {
    harness.memory.optedOut.add(ALICE.id());

    assertThat(harness.in(GROUP, ALICE, "гряг, привіт")).isInstanceOf(Outcome.Replied.class);
    assertThat(harness.memory.observed).isEmpty();
  }

  @Test
  void a_sticker_without_text_is_stored_and_reads_as_media_in_the_prompt() {
    ChatMessage sticker =
        new ChatMessage(
            harness.message(GROUP, BOB, "").ref(),
            null,
            BOB,
            Role.USER,
            harness.clock.instant(),
            null,
            "",
            MediaKind.STICKER,
            null,
            List.of(),
            false);
    assertThat(harness.handle(sticker)).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));

    harness.in(GROUP, ALICE, "гряг, що це було?");

    assertThat(Messages.undated(harness.model.lastRequest().turns()))
        .extracting(Turn::text)
        .containsExactly(quoted(BOB, "[sticker]"), quoted(ALICE, "гряг, що це було?"));
  }
}
