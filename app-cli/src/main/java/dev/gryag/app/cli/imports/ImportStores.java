package dev.gryag.app.cli.imports;

import dev.gryag.adapter.persistence.JooqPreferenceStore;
import dev.gryag.adapter.persistence.JooqProfileStore;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.support.StoreSession;

/** The stores for an import: profiles folded in memory and written once per batch. */
final class ImportStores {

  private ImportStores() {}

  static StoreSession over(PostgresDatabase database) {
    ImportProfiles profiles = new ImportProfiles(new JooqProfileStore(database));
    return StoreSession.over(
        database,
        profiles,
        new ImportPreferences(new JooqPreferenceStore(database)),
        profiles::flush);
  }
}
