package dev.gryag.core.context;

import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message looks back in the chat's history, so that the prompt should spend most of its
 * budget on older turns search finds rather than on the recent thread: a question, a word asking
 * when or what someone said, a date, a member's name, or a word of five letters or more the recent
 * turns do not hold. Small talk about what was just said keeps the recent thread.
 */
final class LookBack {

  private static final Pattern DATE =
      Pattern.compile("\\b(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}([./]\\d{2,4})?)\\b");

  /** Shorter new words ("ага", "лол", "окей") are chatter rather than a topic. */
  private static final int TOPIC_LENGTH = 5;

  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}'’ʼ]+");

  private static final Set<String> ASKING =
      Set.of(
          "when",
          "said",
          "say",
          "told",
          "wrote",
          "remember",
          "коли",
          "когда",
          "сказав",
          "сказала",
          "казав",
          "казала",
          "говорив",
          "говорила",
          "говорил",
          "писав",
          "писала",
          "писал",
          "пам'ятаєш",
          "памʼятаєш",
          "пам’ятаєш",
          "помнишь",
          "згадай",
          "вспомни");

  private LookBack() {}

  /**
   * True when {@code trigger} looks back beyond {@code recent}, the latest turns the prompt holds
   * anyway.
   */
  static boolean asks(ChatMessage trigger, List<ChatMessage> recent) {
    String text = trigger.text();
    if (text.indexOf('?') >= 0 || DATE.matcher(text).find()) {
      return true;
    }
    for (String word : WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (ASKING.contains(word)) {
        return true;
      }
    }
    Set<String> asked = SearchTerms.of(text);
    Set<String> known = new HashSet<>();
    for (ChatMessage message : recent) {
      known.addAll(SearchTerms.of(message.text()));
      if (message.role() == Role.USER
          && !message.author().id().equals(trigger.author().id())
          && SearchTerms.of(message.author().name()).stream().anyMatch(asked::contains)) {
        return true;
      }
    }
    return asked.stream().anyMatch(term -> term.length() >= TOPIC_LENGTH && !known.contains(term));
  }
}
