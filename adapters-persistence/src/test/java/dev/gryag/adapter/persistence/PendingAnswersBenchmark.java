package dev.gryag.adapter.persistence;

import dev.gryag.core.conversation.PendingAnswer;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.model.Role;
import dev.gryag.core.settings.Trigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Measures what durable pending answers cost on the embedded PostgreSQL and prints figures (never
 * asserted), serially, in one run on the same database: storing a question plainly ({@code
 * MessageStore.append}) against storing it with its pending answer ({@code
 * PendingAnswers.appendAwaiting}), and storing the bot's one-part answer while clearing the pending
 * answer ({@code PendingAnswers.answered}): the local part of the window in which a crash after
 * Telegram delivered an answer sends it twice.
 *
 * <p>Arguments (optional): {@code --calls N} measured per operation (default 5,000).
 */
public final class PendingAnswersBenchmark {

  public static void main(String[] args) throws Exception {
    int calls = new BenchmarkOptions(args).integer("calls", 5000);
    Path home = Files.createTempDirectory("gryag-pending-bench");
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString()));
    try (PostgresDatabase database = PostgresDatabase.start(config)) {
      JooqMessageStore messages = new JooqMessageStore(database);
      JooqPendingAnswers pending = new JooqPendingAnswers(database);
      Chat chat = Chat.group(-1_001_000_000_000L, "Кухня");
      Author alice = Author.person(11, "Аліса", "alice");
      Author bot = Author.bot(999, "Гряг", "gryag_bot");
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      System.out.printf(
          "%d cores, load average %.1f%n",
          Runtime.getRuntime().availableProcessors(), CpuClock.loadAverage());
      System.out.println(
          "store a question, plainly:            "
              + MessageStoreBenchmark.latencies(
                  calls, i -> messages.append(question(chat, alice, 1 + i, at))));
      long base = 10_000_000L;
      System.out.println(
          "store a question with its pending answer: "
              + MessageStoreBenchmark.latencies(
                  calls,
                  i ->
                      pending.appendAwaiting(
                          question(chat, alice, base + i, at),
                          new PendingAnswer(
                              chat, base + i, Trigger.MENTION, at, at.plusSeconds(600)))));
      System.out.println(
          "store the answer, clear the pending one (the window): "
              + MessageStoreBenchmark.latencies(
                  calls,
                  i -> {
                    MessageRef question = new MessageRef(chat.id(), base + i);
                    ChatMessage answer =
                        new ChatMessage(
                            new MessageRef(chat.id(), 2 * base + i),
                            null,
                            bot,
                            Role.BOT,
                            at,
                            null,
                            "Відповідь на питання " + i,
                            dev.gryag.core.model.MediaKind.NONE,
                            base + i,
                            List.of(),
                            false);
                    pending.answered(question, List.of(answer));
                    return null;
                  }));
    }
  }

  private static ChatMessage question(Chat chat, Author author, long id, Instant at) {
    return ChatMessage.text(
        new MessageRef(chat.id(), id), author, at, "@gryag_bot котра година, питання " + id + "?");
  }
}
