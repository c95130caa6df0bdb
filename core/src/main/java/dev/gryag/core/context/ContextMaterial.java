package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the store offers for one prompt, before it is fitted to the budget; no message appears in
 * two lists, and none is the trigger.
 *
 * @param chain the trigger's ancestors, nearest first
 * @param recent the latest turns, newest first
 * @param relevant older messages search found, best first
 * @param summaries the latest summaries the request admits, newest first
 */
record ContextMaterial(
    List<ChatMessage> chain,
    List<ChatMessage> recent,
    List<ChatMessage> relevant,
    List<ChatSummary> summaries) {

  static ContextMaterial gather(
      MessageStore messages,
      SummarySource summaries,
      ContextBudget budget,
      ContextRequest request) {
    ChatMessage trigger = request.trigger();
    Set<MessageRef> taken = new HashSet<>();
    taken.add(trigger.ref());
    List<ChatMessage> chain =
        fresh(request, messages.replyChain(trigger, budget.replyChainDepth()), taken);
    taken.addAll(chain.stream().map(ChatMessage::ref).toList());
    List<ChatMessage> window = window(messages, budget, request);
    List<ChatMessage> recent = fresh(request, window, taken);
    recent = recent.subList(Math.max(0, recent.size() - budget.recentMessages()), recent.size());
    taken.addAll(recent.stream().map(ChatMessage::ref).toList());
    Instant olderThan = window.isEmpty() ? trigger.sentAt() : window.getFirst().sentAt();
    List<ChatMessage> relevant = relevant(messages, budget, request, olderThan, taken);
    List<ChatSummary> latest =
        budget.summaries() == 0
            ? List.of()
            : summaries.latest(trigger.chatId(), budget.summaries()).stream()
                .filter(request::admits)
                .toList();
    return new ContextMaterial(chain, recent.reversed(), relevant, latest);
  }

  /** Messages older than the window that share words with the trigger. */
  private static List<ChatMessage> relevant(
      MessageStore messages,
      ContextBudget budget,
      ContextRequest request,
      Instant olderThan,
      Set<MessageRef> taken) {
    if (budget.relevantMessages() == 0) {
      return List.of();
    }
    ChatMessage trigger = request.trigger();
    List<ChatMessage> found =
        messages.search(trigger.chatId(), trigger.text(), olderThan, budget.relevantMessages());
    return fresh(request, found, taken);
  }

  /** The latest messages of the trigger's chat, or of its topic in a forum, plus one. */
  private static List<ChatMessage> window(
      MessageStore messages, ContextBudget budget, ContextRequest request) {
    ChatMessage trigger = request.trigger();
    int limit = budget.recentMessages() + 1;
    return request.chat().forum()
        ? messages.recentInThread(trigger.chatId(), trigger.threadId(), limit)
        : messages.recent(trigger.chatId(), limit);
  }

  /** The usable messages of {@code found} the request admits and no other list took. */
  private static List<ChatMessage> fresh(
      ContextRequest request, List<ChatMessage> found, Set<MessageRef> taken) {
    return found.stream()
        .filter(PromptTurns::usable)
        .filter(request::admits)
        .filter(m -> !taken.contains(m.ref()))
        .toList();
  }
}
