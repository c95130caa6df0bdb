package dev.gryag.core.conversation;

import static dev.gryag.core.context.Messages.quoted;
import static dev.gryag.core.conversation.Harness.ALICE;
import static dev.gryag.core.conversation.Harness.BOB;
import static dev.gryag.core.conversation.Harness.GROUP;
import static dev.gryag.core.conversation.Harness.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.core.context.Messages;
import dev.gryag.core.conversation.Outcome.Ignored.Reason;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The built-in commands, for members and for admins. */
class CommandsTest {

  private final Harness harness = new Harness();

  @Test
  void start_and_help_introduce_the_bot() {
    assertThat(harness.in(PRIVATE, ALICE, "/start"))
        .isEqualTo(
            new Outcome.CommandHandled(
                "start", Phrase.START.defaultText().formatted("Гряг"), true));
    assertThat(harness.in(GROUP, ALICE, "/help@gryag_bot"))
        .isEqualTo(new Outcome.CommandHandled("help", Phrase.HELP.defaultText(), true));
    assertThat(harness.model.requests).isEmpty();
  }

  @Test
  void a_commands_answer_is_stored_as_the_bots_message_threaded_to_the_command() {
    ChatMessage command = harness.message(GROUP, ALICE, "/help");
    harness.handle(command);

    ChatMessage answer = harness.messages.recent(GROUP.id(), 1).getFirst();
    assertThat(answer.role()).isEqualTo(Role.BOT);
    assertThat(answer.replyToMessageId()).isEqualTo(command.messageId());
  }

  @Test
  void stats_count_the_chats_messages_and_name_its_most_active_members() {
    harness.in(GROUP, ALICE, "раз");
    harness.in(GROUP, ALICE, "два");
    harness.in(GROUP, BOB, "три");
    harness.clock.advance(Duration.ofDays(2));

    Outcome outcome = harness.in(GROUP, BOB, "/stats");

    assertThat(((Outcome.CommandHandled) outcome).response())
        .isEqualTo(
            "Повідомлень у пам'яті: 4, за добу: 1.\nНайактивніші за тиждень: Аліса \\(2\\), Bob \\(2\\)");
  }

  @Test
  void profile_shows_what_the_memory_knows_or_says_it_knows_nothing() {
    assertThat(harness.in(GROUP, ALICE, "/profile"))
        .extracting("response")
        .isEqualTo(Phrase.NO_PROFILE.defaultText());

    harness.memory.reports.put(ALICE.id(), "Аліса: любить котів");
    assertThat(harness.in(GROUP, ALICE, "/profile"))
        .extracting("response")
        .isEqualTo("Аліса: любить котів");
  }

  @Test
  void an_admin_sees_another_members_profile_and_a_member_may_not() {
    harness.in(GROUP, BOB, "привіт усім");
    harness.memory.reports.put(BOB.id(), "Bob: пише вранці");

    assertThat(admin("/profile @bob")).extracting("response").isEqualTo("Bob: пише вранці");
    assertThat(harness.in(GROUP, ALICE, "/profile @bob"))
        .extracting("response")
        .isEqualTo("/profile @учасник — лише для адмінів чату.");
    assertThat(admin("/profile @nobody"))
        .extracting("response")
        .isEqualTo(Phrase.PROFILE_USAGE.defaultText());
  }

  @Test
  void facts_lists_the_members_facts_and_forget_with_a_key_erases_just_that_one() {
    harness.memory.facts.put(ALICE.id(), new java.util.HashSet<>(java.util.Set.of("city", "job")));

    assertThat(harness.in(GROUP, ALICE, "/facts"))
        .extracting("response")
        .isEqualTo("facts: city, job");
    assertThat(harness.in(GROUP, ALICE, "/forget city"))
        .extracting("response")
        .isEqualTo("Забув: city.");
    assertThat(harness.in(GROUP, ALICE, "/forget city"))
        .extracting("response")
        .isEqualTo(Phrase.NO_SUCH_FACT.defaultText().formatted("city"));
    assertThat(harness.memory.facts.get(ALICE.id())).containsExactly("job");
    assertThat(harness.memory.forgotten).isEmpty();
  }

  @Test
  void forget_erases_the_members_messages_and_profile_in_the_chat() {
    harness.in(GROUP, ALICE, "мій секрет");
    harness.in(GROUP, BOB, "чужа думка");

    Outcome outcome = harness.in(GROUP, ALICE, "/forget");

    assertThat(outcome)
        .extracting("response")
        .isEqualTo("Готово: забув 2 повідомлень і 3 записів про тебе.");
    assertThat(harness.memory.forgotten).containsExactly(ALICE.id());
    assertThat(harness.messages.recent(GROUP.id(), 10))
        .extracting(m -> m.author().id())
        .doesNotContain(ALICE.id())
        .contains(BOB.id());
  }

  @Test
  void admin_commands_are_refused_to_members_in_one_line_naming_the_command_and_change_nothing() {
    Outcome outcome = harness.in(GROUP, ALICE, "/persona Ти пірат.");

    assertThat(outcome).extracting("response").isEqualTo("/persona — лише для адмінів чату.");
    assertThat(harness.sender.texts()).containsExactly("/persona — лише для адмінів чату.");
    assertThat(harness.settings.get(GROUP.id()).persona()).isNull();
  }

  @Test
  void an_admin_shows_sets_and_resets_the_chats_persona() {
    assertThat(admin("/persona"))
        .extracting("response")
        .isEqualTo(
            "Персона цього чату:\n" + MarkdownText.literal(ConversationConfig.DEFAULT_PERSONA));

    assertThat(admin("/persona Ти пірат. Кажи «арр»."))
        .extracting("response")
        .isEqualTo(Phrase.PERSONA_SET.defaultText());
    harness.in(GROUP, BOB, "гряг, хто ти?");
    assertThat(harness.model.lastRequest().systemInstruction()).startsWith("Ти пірат. Кажи «арр».");

    assertThat(admin("/persona reset"))
        .extracting("response")
        .isEqualTo(Phrase.PERSONA_RESET.defaultText());
    harness.in(GROUP, BOB, "гряг, а тепер?");
    assertThat(harness.model.lastRequest().systemInstruction())
        .startsWith(ConversationConfig.DEFAULT_PERSONA);
  }

  @Test
  void a_persona_too_long_for_the_budget_is_refused() {
    Outcome outcome = admin("/persona " + "дуже довга персона ".repeat(1000));

    assertThat(((Outcome.CommandHandled) outcome).response()).startsWith("Задовга персона:");
    assertThat(harness.settings.get(GROUP.id()).persona()).isNull();
  }

  @Test
  void reset_leaves_earlier_messages_out_of_the_prompt() {
    harness.in(GROUP, BOB, "старі новини");
    harness.clock.advance(Duration.ofSeconds(1));
    admin("/reset");
    harness.clock.advance(Duration.ofSeconds(1));

    harness.in(GROUP, ALICE, "гряг, що нового?");

    assertThat(Messages.undated(harness.model.lastRequest().turns()))
        .extracting(Turn::text)
        .doesNotContain(quoted(BOB, "старі новини"))
        .last()
        .isEqualTo(quoted(ALICE, "гряг, що нового?"));
    assertThat(harness.messages.count(GROUP.id())).isGreaterThanOrEqualTo(3);
  }

  @Test
  void an_admin_bans_by_reply_and_unbans_by_id() {
    ChatMessage bobSays = harness.message(GROUP, BOB, "спам");
    harness.handle(bobSays);

    Outcome ban =
        harness.handle(
            IncomingMessage.of(
                    GROUP, harness.message(GROUP, ALICE, "/ban").withReplyTo(bobSays.messageId()))
                .fromAdmin());

    assertThat(ban).extracting("response").isEqualTo("Bob більше не може до мене звертатися.");
    assertThat(harness.in(GROUP, BOB, "гряг?")).isEqualTo(new Outcome.Ignored(Reason.BANNED));

    assertThat(admin("/unban 12"))
        .extracting("response")
        .isEqualTo("Bob знову може до мене звертатися.");
    assertThat(harness.in(GROUP, BOB, "гряг?")).isInstanceOf(Outcome.Replied.class);
  }

  @Test
  void ban_without_a_target_explains_itself() {
    assertThat(admin("/ban")).extracting("response").isEqualTo(Phrase.BAN_USAGE.defaultText());
    assertThat(admin("/ban @nobody"))
        .extracting("response")
        .isEqualTo(Phrase.BAN_USAGE.defaultText());
    assertThat(admin("/ban 999")).extracting("response").isEqualTo(Phrase.BAN_USAGE.defaultText());
  }

  @Test
  void what_members_wrote_comes_back_in_answers_as_literal_markdown() {
    String hostile = "<b>x</b> &amp; *bold* _x_ `code` [link](http://evil)";
    String shown = "<b\\>x</b\\> &amp; \\*bold\\* \\_x\\_ \\`code\\` \\[link\\]\\(http://evil\\)";
    Author mallory = Author.person(66, hostile, "mallory");
    ChatMessage says = harness.message(GROUP, mallory, "привіт");
    harness.handle(says);
    harness.memory.reports.put(mallory.id(), "Профіль: " + hostile);
    harness.memory.facts.put(mallory.id(), new java.util.HashSet<>(java.util.Set.of("*key*")));

    assertThat(harness.in(GROUP, mallory, "/stats"))
        .extracting("response")
        .asString()
        .endsWith("Найактивніші за тиждень: " + shown + " \\(2\\)");
    assertThat(harness.in(GROUP, mallory, "/profile"))
        .extracting("response")
        .isEqualTo("Профіль: " + shown);
    assertThat(harness.in(GROUP, mallory, "/facts"))
        .extracting("response")
        .isEqualTo("facts: \\*key\\*");
    assertThat(harness.in(GROUP, mallory, "/forget _key_"))
        .extracting("response")
        .isEqualTo(Phrase.NO_SUCH_FACT.defaultText().formatted("\\_key\\_"));
    Outcome ban =
        harness.handle(
            IncomingMessage.of(
                    GROUP, harness.message(GROUP, ALICE, "/ban").withReplyTo(says.messageId()))
                .fromAdmin());
    assertThat(ban).extracting("response").isEqualTo(shown + " більше не може до мене звертатися.");
    admin("/persona " + hostile);
    assertThat(admin("/persona")).extracting("response").isEqualTo("Персона цього чату:\n" + shown);
  }

  private Outcome admin(String text) {
    return harness.handle(
        IncomingMessage.of(GROUP, harness.message(GROUP, ALICE, text)).fromAdmin());
  }
}
