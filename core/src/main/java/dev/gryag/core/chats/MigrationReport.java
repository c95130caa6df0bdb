package dev.gryag.core.chats;

import dev.gryag.core.model.ChatMigration;
import java.util.Objects;

/**
 * What one run of {@link ChatMigrations#migrate} moved, per kind of data: how many rows left the
 * old chat (moved, or resolved against the new chat's own by the store's conflict rule).
 *
 * @param migration the old and the new chat id
 * @param settings 1 when the chat's settings moved, else 0
 * @param preferences members' preferences moved
 * @param messages messages moved
 * @param profiles member profiles moved
 * @param facts facts moved
 * @param summaries chat summaries moved
 */
public record MigrationReport(
    ChatMigration migration,
    long settings,
    long preferences,
    long messages,
    long profiles,
    long facts,
    long summaries) {

  public MigrationReport {
    Objects.requireNonNull(migration, "migration");
    if (settings < 0
        || preferences < 0
        || messages < 0
        || profiles < 0
        || facts < 0
        || summaries < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Everything that moved, all kinds together; 0 when an earlier run had moved it all. */
  public long total() {
    return settings + preferences + messages + profiles + facts + summaries;
  }

  @Override
  public String toString() {
    return "chat %s: %d messages, %d profiles, %d facts, %d preferences, %d summaries, %d settings"
        .formatted(migration, messages, profiles, facts, preferences, summaries, settings);
  }
}
