package dev.gryag.core.context;

import dev.gryag.core.llm.Turn;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the prompt for a reply within a token budget.
 *
 * <p>What goes in, in order of priority: the persona with a line naming the chat and the time
 * (always); the triggering message (always, last); its reply chain (up to 30% of the budget); notes
 * on the members taking part (up to 15%); chat summaries (up to 10%, the newest preferred, told
 * oldest first with their dates); then the history, which the rest of the budget is spent on with
 * no cap on counts ({@link HistoryFit}): the latest turns without gaps, and older turns that search
 * finds, each with a neighbour either side where it fits, most of the rest when the trigger looks
 * back and a smaller part for small talk. The older turns come first, chronological, then a turn
 * marking their end, then the reply chain and the recent thread. Messages are never split, except
 * that a triggering message too big for the whole budget is shortened; every member's turn is named
 * by its author and dated in UTC, the day given on the first turn of each day; members' own bots'
 * and system messages are told apart by role. Whatever members wrote (their turns and names, the
 * chat's title, notes on them, summaries) is fenced as quoted data ({@link
 * dev.gryag.core.llm.DataFence}), and the system instruction says that fenced text is never an
 * instruction. The estimated size, as the {@link TokenEstimator} counts the parts, never exceeds
 * {@link ContextBudget#maxTokens()}.
 *
 * <p>Thread-safe; it reads the {@link MessageStore} and never writes.
 */
public final class ContextAssembler {

  private static final double CHAIN_SHARE = 0.30;
  private static final double NOTES_SHARE = 0.15;
  private static final double SUMMARY_SHARE = 0.10;
  private static final String NOTES_HEADER = "\n\nPeople in this conversation:";
  private static final String SUMMARIES_HEADER = "\n\nEarlier in this chat:";

  private final MessageStore messages;
  private final ParticipantNotes notes;
  private final SummarySource summaries;
  private final TokenEstimator estimator;
  private final ContextBudget budget;

  public ContextAssembler(
      MessageStore messages,
      ParticipantNotes notes,
      SummarySource summaries,
      TokenEstimator estimator,
      ContextBudget budget) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.notes = Objects.requireNonNull(notes, "notes");
    this.summaries = Objects.requireNonNull(summaries, "summaries");
    this.estimator = Objects.requireNonNull(estimator, "estimator");
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  public ContextBudget budget() {
    return budget;
  }

  /** The most tokens a persona may take: {@link ContextBudget#maxPersonaTokens()}. */
  public int maxPersonaTokens() {
    return budget.maxPersonaTokens();
  }

  /** The estimated tokens of {@code text}, as the budget counts them. */
  public int cost(String text) {
    return estimator.estimate(text);
  }

  /**
   * Builds the prompt answering {@code request.trigger()}.
   *
   * @throws IllegalArgumentException when the persona takes more than {@link #maxPersonaTokens()}
   */
  public AssembledContext assemble(ContextRequest request) {
    requirePersonaFits(request.persona());
    ContextMaterial material = ContextMaterial.gather(messages, summaries, budget, request);
    Allowance left = new Allowance(budget.maxTokens());
    String header = PromptTurns.header(request);
    left.force(cost(header));
    String triggerContent = fitTrigger(request.trigger(), left);
    TurnCosts costs = new TurnCosts(estimator);
    List<ChatMessage> chain =
        left.fit(material.chain(), share(CHAIN_SHARE), costs::of, costs::took);
    List<String> notesLines = fitNotes(request, material, left);
    List<String> summaryLines =
        chronological(
            left.fitSection(
                SUMMARIES_HEADER,
                material.summaries().stream().map(PromptTurns::summaryLine).toList(),
                share(SUMMARY_SHARE),
                this::cost));
    int separatorCost = PromptTurns.cost(PromptTurns.olderEnd(), estimator);
    HistoryFit.Chosen history =
        HistoryFit.choose(messages, request, material, left, separatorCost, costs);
    List<ChatMessage> older = new ArrayList<>(history.older());
    List<ChatMessage> recent = new ArrayList<>(history.thread());
    String system = header + String.join("", notesLines) + String.join("", summaryLines);
    int described = notesLines.isEmpty() ? 0 : notesLines.size() - 1;
    AssembledContext context;
    while (true) {
      List<ChatMessage> thread = new ArrayList<>(chain);
      thread.addAll(recent);
      thread.sort(CHRONOLOGICAL);
      context = build(system, older, thread, request.trigger(), triggerContent, described);
      if (context.tokens() <= budget.maxTokens() || (older.isEmpty() && recent.isEmpty())) {
        return context;
      }
      // A chain turn among the thread can make a later turn give its day again.
      (older.isEmpty() ? recent : older).removeFirst();
    }
  }

  /** A fitted section of newest-first lines, told oldest first after its header. */
  private static List<String> chronological(List<String> section) {
    if (section.size() < 3) {
      return section;
    }
    List<String> ordered = new ArrayList<>(section.size());
    ordered.add(section.getFirst());
    ordered.addAll(section.subList(1, section.size()).reversed());
    return ordered;
  }

  private void requirePersonaFits(String persona) {
    int personaTokens = cost(persona);
    if (personaTokens > maxPersonaTokens()) {
      throw new IllegalArgumentException(
          "the persona takes "
              + personaTokens
              + " tokens, more than the "
              + maxPersonaTokens()
              + " that context.maxTokens="
              + budget.maxTokens()
              + " leaves for it");
    }
  }

  /** The trigger's text, shortened when the whole budget cannot hold it; its cost is taken. */
  private String fitTrigger(ChatMessage trigger, Allowance left) {
    String content = PromptTurns.content(trigger);
    int whole = PromptTurns.cost(trigger, content, estimator);
    if (whole <= left.remaining()) {
      left.force(whole);
      return content;
    }
    int low = 0;
    int high = content.length();
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (PromptTurns.cost(trigger, content.substring(0, mid) + "…", estimator)
          <= left.remaining()) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    String cut = content.substring(0, low) + "…";
    left.force(PromptTurns.cost(trigger, cut, estimator));
    return cut;
  }

  private List<String> fitNotes(ContextRequest request, ContextMaterial material, Allowance left) {
    Map<Long, Author> people = new LinkedHashMap<>();
    List<ChatMessage> speakers = new ArrayList<>();
    speakers.add(request.trigger());
    speakers.addAll(material.chain());
    speakers.addAll(material.recent());
    for (ChatMessage message : speakers) {
      if (people.size() >= budget.participants()) {
        break;
      }
      if (message.role() == Role.USER) {
        people.putIfAbsent(message.author().id().value(), message.author());
      }
    }
    List<String> lines = new ArrayList<>();
    for (Author person : people.values()) {
      String note = notes.describe(request.chat().id(), person.id(), budget.noteChars());
      if (note != null && !note.isBlank()) {
        lines.add(PromptTurns.noteLine(person, note));
      }
    }
    return left.fitSection(NOTES_HEADER, lines, share(NOTES_SHARE), this::cost);
  }

  /**
   * The prompt: the older turns, chronological and closed by {@link PromptTurns#olderEnd()}, then
   * the thread and the trigger; a member's turn gives the day when the turn before it did not.
   */
  private AssembledContext build(
      String system,
      List<ChatMessage> older,
      List<ChatMessage> thread,
      ChatMessage trigger,
      String triggerContent,
      int described) {
    List<Turn> turns = new ArrayList<>(older.size() + thread.size() + 2);
    PromptTurns.Days days = new PromptTurns.Days();
    older.forEach(m -> turns.add(days.turn(m, PromptTurns.content(m))));
    if (!older.isEmpty()) {
      turns.add(PromptTurns.olderEnd());
    }
    thread.forEach(m -> turns.add(days.turn(m, PromptTurns.content(m))));
    turns.add(days.turn(trigger, triggerContent));
    int tokens = estimator.estimate(system);
    for (Turn turn : turns) {
      tokens += PromptTurns.cost(turn, estimator);
    }
    int stored = older.size() + thread.size() + 1;
    return new AssembledContext(system, turns, tokens, stored, described);
  }

  /**
   * The most tokens {@code message} costs as a turn of the prompt, as the budget counts it: with
   * its day given.
   */
  public int cost(ChatMessage message) {
    return PromptTurns.cost(message, PromptTurns.content(message), estimator);
  }

  private int share(double fraction) {
    return (int) (budget.maxTokens() * fraction);
  }

  private static final Comparator<ChatMessage> CHRONOLOGICAL =
      Comparator.comparing(ChatMessage::sentAt).thenComparingLong(ChatMessage::messageId);
}
