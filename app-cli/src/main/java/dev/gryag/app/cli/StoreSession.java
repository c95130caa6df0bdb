package dev.gryag.app.cli;

import dev.gryag.adapter.persistence.JooqCursorStore;
import dev.gryag.adapter.persistence.JooqMessageStore;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.PersonalizationService;

/** The bot's stores over one database, as the bot builds them. */
record StoreSession(
    PostgresDatabase database,
    MessageStore messages,
    CursorStore cursors,
    PersonalizationService people) {

  static StoreSession over(PostgresDatabase database) {
    MessageStore messages = new JooqMessageStore(database);
    PersonalizationService people =
        PersonalizationService.builder(
                new InMemoryProfileStore(), new InMemoryFactStore(), new InMemoryPreferenceStore())
            .messageAuthors(ref -> messages.find(ref).map(m -> m.author().id()))
            .build();
    return new StoreSession(database, messages, new JooqCursorStore(database), people);
  }
}
