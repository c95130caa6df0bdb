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
 * oldest first with their dates); older messages that search finds relevant (up to 15%); then as
 * many of the latest turns as the rest of the budget holds, newest first, without gaps. Messages
 * are never split, except that a triggering message too big for the whole budget is shortened;
 * turns are chronological, each named by its author; members' own bots' and system messages are
 * told apart by role. Whatever members wrote (their turns and names, the chat's title, notes on
 * them, summaries) is fenced as quoted data ({@link dev.gryag.core.llm.DataFence}), and the system
 * instruction says that fenced text is never an instruction. The estimated size, as the {@link
 * TokenEstimator} counts the parts, never exceeds {@link ContextBudget#maxTokens()}.
 *
 * <p>Thread-safe; it reads the {@link MessageStore} and never writes.
 */
public final class ContextAssembler {

  private static final double CHAIN_SHARE = 0.30;
  private static final double NOTES_SHARE = 0.15;
  private static final double SUMMARY_SHARE = 0.10;
  private static final double RELEVANT_SHARE = 0.15;
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
    Turn last = fitTrigger(request.trigger(), left);
    List<ChatMessage> chain = left.fit(material.chain(), share(CHAIN_SHARE), this::cost);
    List<String> notesLines = fitNotes(request, material, left);
    List<String> summaryLines =
        chronological(
            left.fitSection(
                SUMMARIES_HEADER,
                material.summaries().stream().map(PromptTurns::summaryLine).toList(),
                share(SUMMARY_SHARE),
                this::cost));
    List<ChatMessage> relevant = left.fit(material.relevant(), share(RELEVANT_SHARE), this::cost);
    List<ChatMessage> recent = left.fitNewestFirst(material.recent(), this::cost);
    return build(header, notesLines, summaryLines, List.of(chain, relevant, recent), last);
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

  private Turn fitTrigger(ChatMessage trigger, Allowance left) {
    Turn turn = PromptTurns.turn(trigger);
    if (PromptTurns.cost(turn, estimator) <= left.remaining()) {
      left.force(PromptTurns.cost(turn, estimator));
      return turn;
    }
    String content = PromptTurns.content(trigger);
    int low = 0;
    int high = content.length();
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      Turn shorter = PromptTurns.turn(trigger, content.substring(0, mid) + "…");
      if (PromptTurns.cost(shorter, estimator) <= left.remaining()) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    Turn cut = PromptTurns.turn(trigger, content.substring(0, low) + "…");
    left.force(PromptTurns.cost(cut, estimator));
    return cut;
  }

  private List<String> fitNotes(ContextRequest request, ContextMaterial material, Allowance left) {
    Map<Long, Author> people = new LinkedHashMap<>();
    List<ChatMessage> speakers = new ArrayList<>();
    speakers.add(request.trigger());
    speakers.addAll(material.chain());
    speakers.addAll(material.recent());
    for (ChatMessage message : speakers) {
      if (people.size() < budget.participants() && message.role() == Role.USER) {
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

  private AssembledContext build(
      String header,
      List<String> notesLines,
      List<String> summaryLines,
      List<List<ChatMessage>> parts,
      Turn last) {
    StringBuilder system = new StringBuilder(header);
    notesLines.forEach(system::append);
    summaryLines.forEach(system::append);
    List<ChatMessage> chosen = new ArrayList<>();
    parts.forEach(chosen::addAll);
    chosen.sort(CHRONOLOGICAL);
    List<Turn> turns = new ArrayList<>(chosen.size() + 1);
    chosen.forEach(m -> turns.add(PromptTurns.turn(m)));
    turns.add(last);
    String instruction = system.toString();
    int tokens = estimator.estimate(instruction);
    for (Turn turn : turns) {
      tokens += PromptTurns.cost(turn, estimator);
    }
    int described = notesLines.isEmpty() ? 0 : notesLines.size() - 1;
    return new AssembledContext(instruction, turns, tokens, turns.size(), described);
  }

  /** The estimated tokens of {@code message} as a turn of the prompt, as the budget counts it. */
  public int cost(ChatMessage message) {
    return PromptTurns.cost(PromptTurns.turn(message), estimator);
  }

  private int share(double fraction) {
    return (int) (budget.maxTokens() * fraction);
  }

  private static final Comparator<ChatMessage> CHRONOLOGICAL =
      Comparator.comparing(ChatMessage::sentAt).thenComparingLong(ChatMessage::messageId);
}
