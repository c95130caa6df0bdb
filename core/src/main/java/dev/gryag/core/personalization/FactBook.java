package dev.gryag.core.personalization;

import dev.gryag.core.analyzer.Analysis;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.UserId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The facts side of personalization: extracts facts from messages, merges them into the {@link
 * FactStore}, keeps each member under the cap and tells the facts that are still confident enough.
 */
final class FactBook {

  private static final System.Logger LOG = System.getLogger(FactBook.class.getName());

  private final FactStore store;
  private final FactExtractor extractor;
  private final PersonalizationSettings settings;
  private final Clock clock;

  FactBook(
      FactStore store, FactExtractor extractor, PersonalizationSettings settings, Clock clock) {
    this.store = store;
    this.extractor = extractor;
    this.settings = settings;
    this.clock = clock;
  }

  /** Keeps the facts the message states; true when it stated any. */
  boolean learn(ChatMessage message, Analysis analysis) {
    List<ExtractedFact> found;
    try {
      found = extractor.extract(message, analysis);
    } catch (RuntimeException e) {
      // The message is stored and folded already; an extractor failure only costs its facts.
      LOG.log(Level.WARNING, "fact extraction failed for message " + message.ref(), e);
      return false;
    }
    for (ExtractedFact fact : found) {
      merge(message.chatId(), message.author().id(), fact, message.ref(), message.sentAt());
    }
    if (!found.isEmpty()) {
      enforceCap(message.chatId(), message.author().id());
    }
    return !found.isEmpty();
  }

  /** Merges one stated fact as {@link FactChange#merge} says; a contradiction is logged. */
  FactChange merge(ChatId chat, UserId member, ExtractedFact fact, MessageRef source, Instant at) {
    FactChange[] change = {null};
    store.update(
        chat,
        member,
        fact.key(),
        current -> {
          change[0] =
              FactChange.merge(current, chat, member, fact, source, at, settings.factHalfLife());
          return java.util.Optional.of(change[0].fact());
        });
    if (change[0] instanceof FactChange.Replaced replaced) {
      // Values are personal: the log names the slot, never what was said.
      LOG.log(
          Level.INFO,
          "fact ''{0}'' of member {1} in chat {2} contradicted: replaced a value stated {3} times",
          fact.key(),
          member,
          chat,
          replaced.before().evidence());
    }
    return change[0];
  }

  /** Evicts the least confident facts now, then the least recently confirmed, beyond the cap. */
  void enforceCap(ChatId chat, UserId member) {
    List<Fact> known = store.facts(chat, member);
    if (known.size() <= settings.factCap()) {
      return;
    }
    Instant now = clock.instant();
    known.stream()
        .sorted(byConfidenceAt(now).thenComparing(Fact::lastConfirmed).thenComparing(Fact::key))
        .limit(known.size() - settings.factCap())
        .forEach(evicted -> store.delete(chat, member, evicted.key()));
  }

  /** Every fact known about the member, faded ones too. */
  List<Fact> all(ChatId chat, UserId member) {
    return store.facts(chat, member);
  }

  /** The member's facts at or above the telling floor now, most confident first. */
  List<Fact> tellable(ChatId chat, UserId member) {
    Instant now = clock.instant();
    return store.facts(chat, member).stream()
        .filter(f -> f.confidenceAt(now, settings.factHalfLife()) >= settings.factFloor())
        .sorted(byConfidenceAt(now).reversed().thenComparing(Fact::key))
        .toList();
  }

  private Comparator<Fact> byConfidenceAt(Instant now) {
    return Comparator.comparingDouble(f -> f.confidenceAt(now, settings.factHalfLife()));
  }

  boolean forget(ChatId chat, UserId member, String key) {
    return FactKeys.isValid(key) && store.delete(chat, member, key);
  }

  int forgetAll(ChatId chat, UserId member) {
    return store.deleteAll(chat, member);
  }
}
