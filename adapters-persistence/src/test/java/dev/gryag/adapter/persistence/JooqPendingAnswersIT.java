package dev.gryag.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.conversation.PendingAnswer;
import dev.gryag.core.conversation.PendingAnswersContract;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.Chat;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.settings.Trigger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link JooqPendingAnswers} against the core contract, plus what only a database can show. */
class JooqPendingAnswersIT extends PendingAnswersContract {

  @RegisterExtension static final FreshSchema db = new FreshSchema();

  @Override
  protected Stores newStores() {
    PostgresDatabase database = db.empty();
    return new Stores(new JooqMessageStore(database), new JooqPendingAnswers(database));
  }

  @Test
  void when_the_pending_answer_cannot_be_stored_the_message_is_not_stored_either() {
    TestDatabases.execute(
        "create function "
            + db.schema()
            + ".refuse() returns trigger language plpgsql as"
            + " $$ begin raise exception 'refused by the test'; end $$",
        "create trigger refuse before insert on "
            + db.schema()
            + ".pending_answer"
            + " for each row execute function "
            + db.schema()
            + ".refuse()");
    try {
      Chat group = Chat.group(-100_777, "Кухня");
      Instant at = Instant.parse("2025-03-01T12:00:00Z");
      ChatMessage question =
          ChatMessage.text(
              new MessageRef(group.id(), 1), Author.person(11, "Аліса", null), at, "@bot ну?");
      PendingAnswer pending = new PendingAnswer(group, 1, Trigger.MENTION, at, at.plusSeconds(600));
      JooqPendingAnswers answers = new JooqPendingAnswers(db.database());

      assertThatThrownBy(() -> answers.appendAwaiting(question, pending))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("refused by the test");
      assertThat(new JooqMessageStore(db.database()).find(question.ref())).isEmpty();
    } finally {
      TestDatabases.execute("drop function " + db.schema() + ".refuse() cascade");
    }
  }
}
