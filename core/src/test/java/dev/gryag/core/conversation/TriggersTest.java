package dev.gryag.core.conversation;

import static dev.gryag.core.context.Messages.quoted;
import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.BOT;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.OTHER_BOT;
import static dev.gryag.core.conversation.Harness.OTHER_GROUP;
import static dev.gryag.core.conversation.Harness.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.Messages;
import dev.gryag.core.conversation.Outcome.Ignored.Reason;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.model.TextEntity;
import dev.gryag.core.settings.ReplyPolicy;
import dev.gryag.core.settings.Trigger;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which messages address the bot, and which the bot leaves alone. */
class TriggersTest {

  private final Harness harness = new Harness();

  @Test
  void every_message_in_a_private_chat_is_answered_without_threading() {
    Outcome outcome = harness.in(PRIVATE, ALICE, "просто так");

    assertThat(outcome).isInstanceOf(Outcome.Replied.class);
    Outcome.Replied replied = (Outcome.Replied) outcome;
    assertThat(replied.trigger()).isEqualTo(Trigger.PRIVATE_CHAT);
    assertThat(replied.replyToMessageId()).isNull();
    assertThat(harness.sender.last().replyToMessageId()).isNull();
  }

  @Test
  void a_group_message_nobody_addressed_to_the_bot_is_stored_and_left_alone() {
    ChatMessage message = harness.message(GROUP, ALICE, "як там погода?");

    assertThat(harness.handle(message)).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));

    assertThat(harness.messages.find(message.ref())).contains(message);
    assertThat(harness.model.requests).isEmpty();
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void a_mention_entity_naming_the_bot_in_any_case_is_answered_in_thread() {
    ChatMessage message = harness.mention(GROUP, ALICE, "Gryag_Bot", "привіт");

    Outcome outcome = harness.handle(message);

    assertThat(outcome).extracting("trigger").isEqualTo(Trigger.MENTION);
    assertThat(harness.sender.last().replyToMessageId()).isEqualTo(message.messageId());
  }

  @Test
  void a_mention_of_another_username_or_text_without_an_entity_is_no_mention() {
    assertThat(harness.handle(harness.mention(GROUP, ALICE, "gryag_bot_fan", "hi")))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(harness.in(GROUP, ALICE, "write to @gryag_bot please"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
  }

  @Test
  void a_text_mention_of_the_bot_user_is_a_mention() {
    ChatMessage message = harness.message(GROUP, ALICE, "Гріша, глянь");
    message =
        message.withText(
            message.text(),
            List.of(new TextEntity(TextEntity.Type.TEXT_MENTION, 0, 5, null, BOT.id())));

    assertThat(harness.handle(message)).extracting("trigger").isEqualTo(Trigger.MENTION);
  }

  @Test
  void a_reply_to_one_of_the_bots_messages_is_answered() {
    Outcome.Replied first =
        (Outcome.Replied) harness.handle(harness.mention(GROUP, ALICE, "gryag_bot", "хто ти?"));
    long botMessage = first.sentMessageIds().getFirst();
    assertThat(harness.messages.find(new MessageRef(GROUP.id(), botMessage)))
        .get()
        .extracting(ChatMessage::role)
        .isEqualTo(Role.BOT);

    Outcome outcome =
        harness.handle(harness.message(GROUP, BOB, "а мені?").withReplyTo(botMessage));

    assertThat(outcome).extracting("trigger").isEqualTo(Trigger.REPLY_TO_BOT);
  }

  @Test
  void a_reply_to_a_member_is_not_a_reply_to_the_bot() {
    ChatMessage first = harness.message(GROUP, ALICE, "питання");
    harness.handle(first);

    assertThat(
            harness.handle(harness.message(GROUP, BOB, "відповідь").withReplyTo(first.messageId())))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
  }

  @Test
  void the_platform_telling_the_replied_author_is_the_bot_is_enough() {
    ChatMessage reply = harness.message(GROUP, ALICE, "а до цього?").withReplyTo(5L);

    Outcome outcome = harness.handle(IncomingMessage.of(GROUP, reply).replyingTo(BOT.id()));

    assertThat(outcome).extracting("trigger").isEqualTo(Trigger.REPLY_TO_BOT);
  }

  @Test
  void a_reply_to_a_deleted_message_is_handled_as_a_plain_message() {
    ChatMessage orphan = harness.message(GROUP, ALICE, "на що я відповідаю?").withReplyTo(424242L);
    assertThat(harness.handle(orphan)).isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));

    ChatMessage named = harness.message(GROUP, ALICE, "Гряг, а ти знаєш?").withReplyTo(424242L);
    assertThat(harness.handle(named)).extracting("trigger").isEqualTo(Trigger.KEYWORD);
    assertThat(Messages.undated(harness.model.lastRequest().turns()))
        .last()
        .extracting("text")
        .isEqualTo(quoted(ALICE, "Гряг, а ти знаєш?"));
  }

  @Test
  void a_command_naming_the_bot_without_a_handler_is_answered_by_the_model() {
    assertThat(harness.in(GROUP, ALICE, "/joke@gryag_bot про котів"))
        .extracting("trigger")
        .isEqualTo(Trigger.COMMAND);
  }

  @Test
  void a_command_for_another_bot_is_ignored_even_if_it_names_ours() {
    assertThat(harness.in(GROUP, ALICE, "/help@other_bot гряг"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(harness.sender.sent).isEmpty();
  }

  @Test
  void the_bots_name_in_any_case_ending_is_a_keyword_trigger() {
    assertThat(harness.in(GROUP, ALICE, "Гряже, як ти?"))
        .extracting("trigger")
        .isEqualTo(Trigger.KEYWORD);
    assertThat(harness.in(GROUP, BOB, "спитаймо грягу"))
        .extracting("trigger")
        .isEqualTo(Trigger.KEYWORD);
  }

  @Test
  void a_chat_can_switch_triggers_off_for_itself_only() {
    harness.settings.update(
        GROUP.id(),
        s -> s.withPolicy(ReplyPolicy.DEFAULTS.withTriggers(EnumSet.of(Trigger.MENTION))));

    assertThat(harness.in(GROUP, ALICE, "гряг, ти тут?"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
    assertThat(harness.in(OTHER_GROUP, ALICE, "гряг, ти тут?"))
        .extracting("trigger")
        .isEqualTo(Trigger.KEYWORD);
  }

  @Test
  void a_chat_can_have_its_own_keywords() {
    harness.settings.update(
        GROUP.id(), s -> s.withPolicy(ReplyPolicy.DEFAULTS.withKeywordPattern("\\bбот\\b")));

    assertThat(harness.in(GROUP, ALICE, "Бот, скажи"))
        .extracting("trigger")
        .isEqualTo(Trigger.KEYWORD);
    assertThat(harness.in(GROUP, ALICE, "гряг, скажи"))
        .isEqualTo(new Outcome.Ignored(Reason.NOT_ADDRESSED));
  }

  @Test
  void another_bot_is_never_answered_but_is_remembered() {
    ChatMessage fromBot = harness.mention(GROUP, OTHER_BOT, "gryag_bot", "ping");

    assertThat(harness.handle(fromBot)).isEqualTo(new Outcome.Ignored(Reason.FROM_BOT));
    assertThat(harness.messages.find(fromBot.ref())).isPresent();
    assertThat(harness.memory.observed).isEmpty();
  }

  @Test
  void the_bots_own_message_coming_back_is_stored_as_the_bots() {
    ChatMessage own = harness.message(GROUP, BOT.author(), "я сам це написав");

    assertThat(harness.handle(own)).isEqualTo(new Outcome.Ignored(Reason.OWN_MESSAGE));
    assertThat(harness.messages.find(own.ref()))
        .get()
        .extracting(ChatMessage::role)
        .isEqualTo(Role.BOT);
  }

  @Test
  void a_redelivered_message_is_a_duplicate_and_answered_once() {
    ChatMessage message = harness.message(GROUP, ALICE, "гряг, раз");

    harness.handle(message);
    Outcome again = harness.handle(message);

    assertThat(again).isEqualTo(new Outcome.Ignored(Reason.DUPLICATE));
    assertThat(harness.model.requests).hasSize(1);
    assertThat(harness.memory.observed).hasSize(1);
  }
}
