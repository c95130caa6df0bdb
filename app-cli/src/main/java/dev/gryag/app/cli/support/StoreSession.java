package dev.gryag.app.cli.support;

import dev.gryag.adapter.persistence.JooqCursorStore;
import dev.gryag.adapter.persistence.JooqFactStore;
import dev.gryag.adapter.persistence.JooqMessageStore;
import dev.gryag.adapter.persistence.JooqPreferenceStore;
import dev.gryag.adapter.persistence.JooqProfileStore;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;

/**
 * The bot's stores over one database, as the bot builds them.
 *
 * @param afterBatch writes what the session holds back (an import's folded profiles); run it before
 *     recording progress
 */
public record StoreSession(
    PostgresDatabase database,
    MessageStore messages,
    CursorStore cursors,
    ProfileStore profiles,
    FactStore facts,
    PreferenceStore preferences,
    PersonalizationService people,
    Runnable afterBatch) {

  /** The stores as the bot uses them: every write goes to the database at once. */
  public static StoreSession over(PostgresDatabase database) {
    return over(
        database, new JooqProfileStore(database), new JooqPreferenceStore(database), () -> {});
  }

  /** The stores over the database with these profiles and preferences in front of it. */
  public static StoreSession over(
      PostgresDatabase database,
      ProfileStore profiles,
      PreferenceStore preferences,
      Runnable afterBatch) {
    MessageStore messages = new JooqMessageStore(database);
    FactStore facts = new JooqFactStore(database);
    return new StoreSession(
        database,
        messages,
        new JooqCursorStore(database),
        profiles,
        facts,
        preferences,
        service(messages, profiles, facts, preferences),
        afterBatch);
  }

  private static PersonalizationService service(
      MessageStore messages, ProfileStore profiles, FactStore facts, PreferenceStore preferences) {
    return PersonalizationService.builder(profiles, facts, preferences)
        .messageAuthors(ref -> messages.find(ref).map(m -> m.author().id()))
        .build();
  }
}
