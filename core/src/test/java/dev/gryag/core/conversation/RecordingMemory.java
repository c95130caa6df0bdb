package dev.gryag.core.conversation;

import dev.gryag.core.StoreException;
import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A member memory that records what it observes and answers from what the test tells it. */
final class RecordingMemory implements MemberMemory {

  final List<ChatMessage> observed = new CopyOnWriteArrayList<>();
  final List<UserId> forgotten = new CopyOnWriteArrayList<>();
  final Set<UserId> optedOut = ConcurrentHashMap.newKeySet();
  final Map<UserId, String> descriptions = new ConcurrentHashMap<>();
  final Map<UserId, String> reports = new ConcurrentHashMap<>();
  final Map<UserId, Set<String>> facts = new ConcurrentHashMap<>();
  final Map<UserId, Set<String>> names = new ConcurrentHashMap<>();
  volatile boolean broken;

  @Override
  public void observe(ChatMessage message, Analysis analysis) {
    if (broken) {
      throw new StoreException("profile store is down", null, true);
    }
    observed.add(message);
  }

  @Override
  public String describe(ChatId chat, UserId member, int maxChars) {
    return descriptions.getOrDefault(member, "");
  }

  @Override
  public Optional<String> report(ChatId chat, UserId member) {
    return Optional.ofNullable(reports.get(member));
  }

  @Override
  public Optional<String> factsReport(ChatId chat, UserId member) {
    Set<String> keys = facts.get(member);
    return keys == null || keys.isEmpty()
        ? Optional.empty()
        : Optional.of("facts: " + String.join(", ", new java.util.TreeSet<>(keys)));
  }

  @Override
  public boolean forgetFact(ChatId chat, UserId member, String key) {
    Set<String> keys = facts.get(member);
    return keys != null && keys.remove(key);
  }

  @Override
  public long forget(ChatId chat, UserId member) {
    forgotten.add(member);
    return 3;
  }

  @Override
  public boolean optedOut(ChatId chat, UserId member) {
    return optedOut.contains(member);
  }

  @Override
  public long optOut(ChatId chat, UserId member) {
    optedOut.add(member);
    forgotten.add(member);
    return 2;
  }

  @Override
  public boolean optIn(ChatId chat, UserId member) {
    return optedOut.remove(member);
  }

  @Override
  public Set<String> names(ChatId chat, UserId member) {
    return names.getOrDefault(member, Set.of());
  }
}
