package dev.gryag.adapter.persistence;

import static dev.gryag.core.personalization.PersonalizationFixtures.T0;
import static dev.gryag.core.personalization.PersonalizationFixtures.message;
import static dev.gryag.core.personalization.PersonalizationFixtures.words;

import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.personalization.ProfileFolder;
import dev.gryag.core.personalization.ProfileSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Measures one fold of a member's profile ({@code ProfileStore.update}) on the embedded PostgreSQL
 * and prints figures (never asserted): serially, the locked path alone (a store without a cache)
 * against a store whose cache holds the members (the one-statement path).
 *
 * <p>Arguments (optional): {@code --members N} folded round-robin (default 500), {@code --calls N}
 * measured per store (default 5,000).
 */
public final class ProfileStoreBenchmark {

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options = new BenchmarkOptions(args);
    int members = options.integer("members", 500);
    int calls = options.integer("calls", 5000);
    Path home = Files.createTempDirectory("gryag-profile-bench");
    DatabaseConfig config =
        DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, home.toString()));
    try (PostgresDatabase database = PostgresDatabase.start(config)) {
      System.out.printf(
          "%d members folded round-robin; %d cores, load average %.1f%n",
          members, Runtime.getRuntime().availableProcessors(), CpuClock.loadAverage());
      measure("locked path (no cache)", new JooqProfileStore(database, 0), members, calls);
      measure(
          "cached: one UPDATE ... WHERE version = ?",
          new JooqProfileStore(database),
          members,
          calls);
    }
  }

  private static void measure(String label, JooqProfileStore store, int members, int calls) {
    ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
    ChatId chat = ChatId.of(-1_001_000_000_000L);
    long[] next = {1_000_000L * (label.length() + 1)};
    String figures =
        MessageStoreBenchmark.latencies(
            calls,
            i -> {
              Author author = Author.person(1 + i % members, "M" + i % members, null);
              long id = next[0]++;
              return store.update(
                  chat,
                  author.id(),
                  current ->
                      Optional.of(
                          folder.fold(
                              current,
                              message(chat, id, author, T0.plusSeconds(id), "привіт як справи"),
                              words(3),
                              null)));
            });
    System.out.println("Profile fold, " + label + ": " + figures);
  }
}
