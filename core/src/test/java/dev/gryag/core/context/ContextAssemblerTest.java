package dev.gryag.core.context;

import static dev.gryag.core.context.Messages.ALICE;
import static dev.gryag.core.context.Messages.BOB;
import static dev.gryag.core.context.Messages.CHAT;
import static dev.gryag.core.context.Messages.T0;
import static dev.gryag.core.context.Messages.fromAlice;
import static dev.gryag.core.context.Messages.fromBob;
import static dev.gryag.core.context.Messages.fromBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.llm.DataFence;
import dev.gryag.core.llm.Injections;
import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatKind;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MediaKind;
import dev.gryag.core.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContextAssemblerTest {

  private static final Chat GROUP = new Chat(CHAT, ChatKind.SUPERGROUP, "Кухня", false);
  private static final String PERSONA = "Ти — Гряг.";

  private final TokenEstimator estimator = TokenEstimator.standard();
  private final MessageStore store = new InMemoryMessageStore();
  private ParticipantNotes notes = ParticipantNotes.NONE;
  private SummarySource summaries = SummarySource.NONE;

  @Test
  void turns_are_chronological_named_by_author_and_end_with_the_trigger() {
    store.append(fromAlice(1, "Привіт усім"));
    store.append(fromBob(2, "Hi"));
    store.append(fromBot(3, "Привіт, люди"));
    ChatMessage trigger = stored(fromAlice(4, "Гряг, як справи?"));

    AssembledContext context = assemble(ContextBudget.DEFAULTS, trigger);

    assertThat(undated(context))
        .containsExactly(
            said(ALICE, "Привіт усім"),
            said(BOB, "Hi"),
            Turn.model("Привіт, люди"),
            said(ALICE, "Гряг, як справи?"));
    assertThat(context.systemInstruction())
        .startsWith(PERSONA + "\n\n" + DataFence.NOTE)
        .contains("Chat <q>Кухня</q> (supergroup)");
  }

  @Test
  void the_estimated_size_never_exceeds_the_budget_and_the_latest_turns_run_without_gaps() {
    for (long id = 1; id <= 300; id++) {
      store.append(fromAlice(id, "Повідомлення номер " + id + " про погоду, сир і трамваї."));
    }
    ChatMessage trigger = stored(fromBob(301, "Що скажеш?"));
    ContextBudget budget = new ContextBudget(600, 5, 5, 300, 2);

    AssembledContext context = assemble(budget, trigger);

    int recount = estimator.estimate(context.systemInstruction());
    for (Turn turn : context.turns()) {
      recount += estimator.estimate(turn.authorName()) + estimator.estimate(turn.text()) + 4;
    }
    assertThat(context.tokens()).isEqualTo(recount).isLessThanOrEqualTo(600);
    List<ChatMessage> window = store.recent(CHAT, context.turns().size());
    assertThat(undated(context))
        .containsExactlyElementsOf(window.stream().map(this::turnOf).toList());
    ChatMessage nextOlder = store.recent(CHAT, context.turns().size() + 1).getFirst();
    ContextAssembler assembler = new ContextAssembler(store, notes, summaries, estimator, budget);
    assertThat(context.tokens() + assembler.cost(nextOlder)).isGreaterThan(600);
  }

  @Test
  void every_turn_holds_a_whole_message() {
    for (long id = 1; id <= 80; id++) {
      store.append(fromAlice(id, "Довге повідомлення " + id + " ".repeat(3) + "слово ".repeat(40)));
    }
    ChatMessage trigger = stored(fromBob(81, "Ну?"));

    AssembledContext context = assemble(new ContextBudget(1500, 5, 5, 300, 2), trigger);

    List<String> whole =
        store.recent(CHAT, 100).stream()
            .map(m -> said(m.author(), m.text().strip()).text())
            .toList();
    assertThat(undated(context))
        .extracting(Turn::text)
        .allSatisfy(text -> assertThat(whole).contains(text));
  }

  @Test
  void the_reply_chain_comes_in_even_from_beyond_the_latest_turns() {
    store.append(fromAlice(1, "Хто бачив мої ключі?"));
    store.append(fromBob(2, "Вони на полиці").withReplyTo(1L));
    for (long id = 3; id <= 300; id++) {
      store.append(fromAlice(id, "балачки " + id));
    }
    ChatMessage trigger = stored(fromAlice(301, "Гряг, де саме?").withReplyTo(2L));

    AssembledContext context = assemble(new ContextBudget(2000, 5, 5, 300, 2), trigger);

    assertThat(undated(context))
        .extracting(Turn::text)
        .startsWith(said(ALICE, "Хто бачив мої ключі?").text(), said(BOB, "Вони на полиці").text())
        .doesNotContain(said(ALICE, "балачки 3").text())
        .contains(said(ALICE, "балачки 300").text());
  }

  @Test
  void a_message_both_in_the_chain_and_among_the_latest_turns_appears_once() {
    store.append(fromAlice(1, "Котру годину?"));
    store.append(fromBob(2, "Десяту"));
    ChatMessage trigger = stored(fromAlice(3, "Гряг, це правда?").withReplyTo(2L));

    AssembledContext context = assemble(ContextBudget.DEFAULTS, trigger);

    assertThat(undated(context))
        .extracting(Turn::text)
        .containsExactly(
            said(ALICE, "Котру годину?").text(),
            said(BOB, "Десяту").text(),
            said(ALICE, "Гряг, це правда?").text());
  }

  @Test
  void older_messages_that_search_finds_relevant_come_in() {
    store.append(fromBob(1, "Етна знову прокинулась, лава тече"));
    for (long id = 2; id <= 300; id++) {
      store.append(fromAlice(id, "інше " + id));
    }
    ChatMessage trigger = stored(fromAlice(301, "А що там з Етна?"));

    AssembledContext context = assemble(new ContextBudget(2000, 5, 5, 300, 2), trigger);

    assertThat(undated(context).subList(0, 3))
        .as("the turn found, its neighbour after it, then the end of the older turns")
        .containsExactly(
            said(BOB, "Етна знову прокинулась, лава тече"),
            said(ALICE, "інше 2"),
            PromptTurns.olderEnd());
    assertThat(undated(context).get(3)).isNotEqualTo(said(ALICE, "інше 3"));
    assertThat(undated(context)).contains(said(ALICE, "інше 300"));
  }

  @Test
  void a_question_spends_most_of_the_budget_on_older_turns_search_finds_and_uses_it_all() {
    storeOlderTopicAndRecentChatter();
    ChatMessage trigger = stored(fromBob(801, "Що там було про піцу з грибами?"));

    AssembledContext context = assemble(new ContextBudget(3000, 5, 5, 300, 2), trigger);

    int end = undated(context).indexOf(PromptTurns.olderEnd());
    int recent = context.turns().size() - end - 1;
    assertThat(end).as("older turns found").isGreaterThan(2 * recent);
    assertThat(context.tokens()).isLessThanOrEqualTo(3000).isGreaterThan(2850);
  }

  @Test
  void small_talk_keeps_most_of_the_budget_for_the_recent_thread_and_uses_it_all() {
    storeOlderTopicAndRecentChatter();
    ChatMessage trigger = stored(fromBob(801, "балачки про погоду"));

    AssembledContext context = assemble(new ContextBudget(3000, 5, 5, 300, 2), trigger);

    int end = undated(context).indexOf(PromptTurns.olderEnd());
    int recent = context.turns().size() - end - 1;
    assertThat(recent).as("recent turns").isGreaterThan(2 * Math.max(end, 0));
    assertThat(context.tokens()).isLessThanOrEqualTo(3000).isGreaterThan(2850);
  }

  /** Messages 1-300 about pizza, 301-800 chatter about the weather. */
  private void storeOlderTopicAndRecentChatter() {
    for (long id = 1; id <= 300; id++) {
      store.append(fromAlice(id, "піцу з грибами пекли в суботу, раз " + id));
    }
    for (long id = 301; id <= 800; id++) {
      store.append(fromAlice(id, "балачки про погоду, раз " + id));
    }
  }

  @Test
  void every_members_turn_is_dated_and_the_day_is_given_once_a_day() {
    Instant day1 = Instant.parse("2025-03-01T12:00:30Z");
    Instant day2 = Instant.parse("2025-03-02T09:30:00Z");
    store.append(Messages.sentAt(fromAlice(1, "Доброго дня"), day1));
    store.append(Messages.sentAt(fromBob(2, "Навзаєм"), day1.plusSeconds(300)));
    store.append(Messages.sentAt(fromBot(3, "Привіт"), day1.plusSeconds(360)));
    store.append(Messages.sentAt(fromAlice(4, "Ранок"), day2));
    ChatMessage trigger = stored(Messages.sentAt(fromBob(5, "Ага"), day2.plusSeconds(60)));

    AssembledContext context = assemble(ContextBudget.DEFAULTS, trigger);

    assertThat(context.turns())
        .extracting(Turn::text)
        .containsExactly(
            "<q from=\"Аліса\" at=\"2025-03-01 12:00\">Доброго дня</q>",
            "<q from=\"Bob\" at=\"12:05\">Навзаєм</q>",
            "Привіт",
            "<q from=\"Аліса\" at=\"2025-03-02 09:30\">Ранок</q>",
            "<q from=\"Bob\" at=\"09:31\">Ага</q>");
  }

  @Test
  void the_members_taking_part_are_described_in_the_system_instruction() {
    store.append(fromBob(1, "Привіт"));
    ChatMessage trigger = stored(fromAlice(2, "Гряг?"));
    notes = (chat, member, maxChars) -> member.equals(ALICE.id()) ? "любить котів" : "";

    AssembledContext context = assemble(ContextBudget.DEFAULTS, trigger);

    assertThat(context.systemInstruction())
        .contains("People in this conversation:\n<q about=\"Аліса\">любить котів</q>")
        .doesNotContain("about=\"Bob\"");
    assertThat(context.participants()).isEqualTo(1);
  }

  @Test
  void summaries_of_earlier_conversation_come_in_dated_and_oldest_first() {
    ChatMessage trigger = stored(fromAlice(1, "Про що ми вчора?"));
    List<ChatSummary> newestFirst =
        List.of(
            summary(20, 29, T0.minus(Duration.ofDays(2)), "Вчора сперечались про борщ."),
            summary(10, 19, T0.minus(Duration.ofDays(40)), "Планували поїздку до Львова."));
    summaries = (chat, limit) -> chat.equals(CHAT) ? newestFirst.subList(0, limit) : List.of();

    AssembledContext context = assemble(ContextBudget.DEFAULTS, trigger);

    assertThat(context.systemInstruction())
        .contains(
            "Earlier in this chat:\n(2025-01-19 – 2025-01-20) <q>Планували поїздку до Львова.</q>"
                + "\n(2025-02-26 – 2025-02-27) <q>Вчора сперечались про борщ.</q>");
  }

  @Test
  void only_as_many_summaries_as_the_budget_allows_are_asked_for_and_the_newest_win() {
    ChatMessage trigger = stored(fromAlice(1, "Що було?"));
    summaries =
        (chat, limit) ->
            java.util.stream.IntStream.range(0, limit)
                .mapToObj(i ->
                    summary(100 - i, 100 - i, T0.minus(Duration.ofDays(i + 1)), "Підсумок " + i))
                .toList();

    AssembledContext context = assemble(new ContextBudget(6000, 6, 6, 400, 1), trigger);

    assertThat(context.systemInstruction()).contains("Підсумок 0").doesNotContain("Підсумок 1");
  }

  @Test
  void after_a_reset_summaries_of_earlier_periods_stay_out() {
    ChatMessage trigger = stored(fromBob(6, "ну що?"));
    Instant reset = T0.plusSeconds(3);
    summaries =
        (chat, limit) ->
            List.of(
                new ChatSummary(
                    CHAT,
                    4,
                    5,
                    reset.plusSeconds(1),
                    reset.plusSeconds(2),
                    2,
                    "Після скидання говорили про сир.",
                    "gemini",
                    reset.plusSeconds(60)),
                summary(1, 3, reset.minusSeconds(10), "До скидання говорили про борщ."));

    AssembledContext context =
        new ContextAssembler(store, notes, summaries, estimator, ContextBudget.DEFAULTS)
            .assemble(new ContextRequest(GROUP, trigger, PERSONA, reset));

    assertThat(context.systemInstruction())
        .contains("говорили про сир.")
        .doesNotContain("про борщ");
  }

  private static ChatSummary summary(long first, long last, Instant to, String text) {
    Instant from = to.minus(Duration.ofDays(1));
    return new ChatSummary(
        CHAT, first, last, from, to, (int) (last - first + 1), text, "gemini", to.plusSeconds(60));
  }

  @Test
  void messages_before_a_reset_are_left_out() {
    store.append(fromAlice(1, "старе"));
    store.append(fromBob(2, "теж старе"));
    store.append(fromAlice(5, "нове"));
    ChatMessage trigger = stored(fromBob(6, "ну що?").withReplyTo(1L));

    AssembledContext context =
        new ContextAssembler(store, notes, summaries, estimator, ContextBudget.DEFAULTS)
            .assemble(new ContextRequest(GROUP, trigger, PERSONA, T0.plusSeconds(5)));

    assertThat(undated(context)).containsExactly(said(ALICE, "нове"), said(BOB, "ну що?"));
  }

  @Test
  void in_a_forum_only_the_topic_speaks() {
    Chat forum = new Chat(CHAT, ChatKind.SUPERGROUP, "Форум", true);
    store.append(fromAlice(1, "у темі").withThread(50L));
    store.append(fromBob(2, "деінде").withThread(70L));
    store.append(fromBob(3, "загальне"));
    ChatMessage trigger = stored(fromAlice(4, "Гряг?").withThread(50L));

    AssembledContext context =
        new ContextAssembler(store, notes, summaries, estimator, ContextBudget.DEFAULTS)
            .assemble(new ContextRequest(forum, trigger, PERSONA, null));

    assertThat(undated(context)).containsExactly(said(ALICE, "у темі"), said(ALICE, "Гряг?"));
  }

  @Test
  void media_and_forwards_read_as_marked_text_and_system_events_stay_out() {
    store.append(
        new ChatMessage(
            fromAlice(1, "").ref(),
            null,
            ALICE,
            Role.USER,
            T0.plusSeconds(1),
            null,
            "мій кіт",
            MediaKind.PHOTO,
            null,
            List.of(),
            true));
    store.append(
        new ChatMessage(
            fromBob(2, "").ref(),
            null,
            BOB,
            Role.SYSTEM,
            T0.plusSeconds(2),
            null,
            "Bob joined",
            MediaKind.NONE,
            null,
            List.of(),
            false));
    ChatMessage trigger = stored(fromBob(3, "Гарний!"));

    AssembledContext context = assemble(ContextBudget.DEFAULTS, trigger);

    assertThat(undated(context))
        .containsExactly(said(ALICE, "[forwarded] [photo] мій кіт"), said(BOB, "Гарний!"));
  }

  @Test
  void a_trigger_too_big_for_the_whole_budget_is_shortened_to_fit() {
    ChatMessage trigger = stored(fromAlice(1, "дуже ".repeat(2000)));

    AssembledContext context = assemble(new ContextBudget(600, 5, 5, 300, 2), trigger);

    assertThat(context.tokens()).isLessThanOrEqualTo(600).isGreaterThan(500);
    assertThat(context.turns()).hasSize(1);
    assertThat(context.turns().getFirst().text())
        .startsWith("<q from=\"Аліса\" at=\"2025-03-01 12:00\">дуже дуже")
        .endsWith("…</q>");
  }

  @Test
  void a_persona_bigger_than_half_the_budget_is_refused() {
    ChatMessage trigger = stored(fromAlice(1, "?"));
    ContextAssembler assembler =
        new ContextAssembler(
            store, notes, summaries, estimator, new ContextBudget(600, 5, 5, 300, 2));

    assertThatThrownBy(() ->
            assembler.assemble(new ContextRequest(GROUP, trigger, "персона ".repeat(200), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persona");
  }

  @Test
  void what_members_wrote_stays_inside_its_fence_and_the_instruction_says_so() {
    Author mallory = Author.person(66, Injections.ATTACK, "mallory");
    Chat hostile = new Chat(CHAT, ChatKind.SUPERGROUP, Injections.ATTACK, false);
    store.append(Messages.from(mallory, 1, Injections.ATTACK));
    store.append(fromBot(2, "Ні."));
    ChatMessage trigger = stored(Messages.from(mallory, 3, "Гряг, " + Injections.ATTACK));
    notes = (chat, member, maxChars) -> "факт: " + Injections.ATTACK;
    summaries = (chat, limit) -> List.of(summary(1, 1, T0, Injections.ATTACK));

    AssembledContext context =
        new ContextAssembler(store, notes, summaries, estimator, ContextBudget.DEFAULTS)
            .assemble(new ContextRequest(hostile, trigger, PERSONA, null));

    String system = context.systemInstruction();
    assertThat(system).contains(DataFence.NOTE).contains("Chat <q>x\">&lt;/q>\n");
    assertThat(Injections.allFenced(system)).isTrue();
    assertThat(system.split(Pattern.quote(Injections.ORDER), -1))
        .as("the title, the note on Mallory (named and described) and the summary")
        .hasSize(5);
    assertThat(context.turns()).hasSize(3);
    assertThat(context.turns())
        .filteredOn(turn -> turn.speaker() == Turn.Speaker.USER)
        .extracting(Turn::text)
        .allSatisfy(text -> {
          assertThat(text).contains(Injections.ORDER);
          assertThat(Injections.outsideFences(text)).isEmpty();
        });
  }

  @Test
  void a_persona_at_its_limit_and_the_costliest_title_still_leave_half_the_budget() {
    ContextBudget budget = new ContextBudget(600, 5, 5, 300, 2);
    String persona = "a".repeat(budget.maxPersonaTokens() * 4);
    Chat costly = new Chat(CHAT, ChatKind.SUPERGROUP, "<".repeat(200), false);
    ChatMessage trigger = stored(fromAlice(1, "?"));

    AssembledContext context =
        new ContextAssembler(store, notes, summaries, estimator, budget)
            .assemble(new ContextRequest(costly, trigger, persona, null));

    assertThat(estimator.estimate(persona)).isEqualTo(budget.maxPersonaTokens());
    assertThat(estimator.estimate(context.systemInstruction())).isLessThanOrEqualTo(300);
  }

  private ChatMessage stored(ChatMessage message) {
    store.append(message);
    return message;
  }

  private AssembledContext assemble(ContextBudget budget, ChatMessage trigger) {
    return new ContextAssembler(store, notes, summaries, estimator, budget)
        .assemble(new ContextRequest(GROUP, trigger, PERSONA, null));
  }

  /** The turns with their times left out, as {@link #said} writes them. */
  private static List<Turn> undated(AssembledContext context) {
    return Messages.undated(context.turns());
  }

  private Turn turnOf(ChatMessage message) {
    return message.role() == Role.BOT
        ? Turn.model(message.text())
        : said(message.author(), message.text());
  }

  /** A member's turn as the prompt reads it: fenced, named by its author. */
  private static Turn said(Author author, String text) {
    return Turn.user(author.name(), Messages.quoted(author, text));
  }
}
