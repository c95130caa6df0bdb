package dev.gryag.app.cli.imports;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.gryag.adapter.persistence.JooqProfileStore;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Clock;

/**
 * The bot's stores as an import uses them: profiles folded in memory and written once per batch
 * ({@link ImportProfiles}), in front of the stored ones. Everything else is the bot's, the cached
 * preferences included (an import asks for every message whether its author opted out).
 */
final class ImportModule extends AbstractModule {

  /** The bot's services over the database, with this module over them. */
  static BotServices stores(PostgresDatabase database) {
    return BotServices.over(database, Clock.systemUTC(), new ImportModule());
  }

  /** What to run after each batch, before its progress is recorded: write the folded profiles. */
  static Runnable afterBatch(BotServices stores) {
    return stores.get(ImportProfiles.class)::flush;
  }

  @Provides
  @Singleton
  ImportProfiles importProfiles(JooqProfileStore stored) {
    return new ImportProfiles(stored);
  }

  @Provides
  ProfileStore profiles(ImportProfiles profiles) {
    return profiles;
  }
}
