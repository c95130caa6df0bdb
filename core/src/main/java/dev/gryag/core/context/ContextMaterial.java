package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the store offers for one prompt before search, before it is fitted to the budget; no message
 * appears in two lists, and none is the trigger.
 *
 * @param chain the trigger's ancestors, nearest first
 * @param recent the latest turns, newest first: as many as the whole budget could hold
 * @param summaries the latest summaries the request admits, newest first
 */
record ContextMaterial(
    List<ChatMessage> chain, List<ChatMessage> recent, List<ChatSummary> summaries) {

  /** Tokens a turn costs at least, rendered: the fewest recent turns that can fill a budget. */
  static final int MIN_TURN_TOKENS = 12;

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
    taken.addAll(refs(chain));
    List<ChatMessage> recent = fresh(request, window(messages, budget, request), taken);
    List<ChatSummary> latest =
        budget.summaries() == 0
            ? List.of()
            : summaries.latest(trigger.chatId(), budget.summaries()).stream()
                .filter(request::admits)
                .toList();
    return new ContextMaterial(chain, recent.reversed(), latest);
  }

  /** The latest messages of the trigger's chat, or of its topic in a forum. */
  private static List<ChatMessage> window(
      MessageStore messages, ContextBudget budget, ContextRequest request) {
    ChatMessage trigger = request.trigger();
    int limit = budget.maxTokens() / MIN_TURN_TOKENS + 1;
    return request.chat().forum()
        ? messages.recentInThread(trigger.chatId(), trigger.threadId(), limit)
        : messages.recent(trigger.chatId(), limit);
  }

  /** The usable messages of {@code found} the request admits and no other list took. */
  static List<ChatMessage> fresh(
      ContextRequest request, List<ChatMessage> found, Set<MessageRef> taken) {
    return found.stream()
        .filter(PromptTurns::usable)
        .filter(request::admits)
        .filter(m -> !taken.contains(m.ref()))
        .toList();
  }

  static List<MessageRef> refs(Collection<ChatMessage> messages) {
    return messages.stream().map(ChatMessage::ref).toList();
  }
}
