package dev.gryag.core.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gryag.core.StoreException;
import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.context.ChatSummary;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.model.Author;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.model.ChatMigration;
import dev.gryag.core.model.MessageRef;
import dev.gryag.core.personalization.Fact;
import dev.gryag.core.personalization.FactCategory;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.MemberPreferences;
import dev.gryag.core.personalization.ProfileFolder;
import dev.gryag.core.personalization.ProfileSettings;
import dev.gryag.core.settings.InMemoryChatSettingsStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migration use case on the in-memory stores: everything moves, once, even after a crash. */
class ChatMigrationsTest {

  private static final ChatId GROUP = ChatId.of(-4_000_000_001L);
  private static final ChatId SUPERGROUP = ChatId.of(-1_002_000_000_001L);
  private static final ChatMigration MIGRATION = new ChatMigration(GROUP, SUPERGROUP);
  private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  private static final Author ALICE = Author.person(11, "Аліса", "alice");
  private static final Author BOB = Author.person(12, "Bob", "bob");

  private final InMemoryChatSettingsStore settings = new InMemoryChatSettingsStore();
  private final InMemoryPreferenceStore preferences = new InMemoryPreferenceStore();
  private final InMemoryMessageStore messages = new InMemoryMessageStore();
  private final InMemoryProfileStore profiles = new InMemoryProfileStore();
  private final InMemoryFactStore facts = new InMemoryFactStore();
  private final InMemoryChatSummaryStore summaries = new InMemoryChatSummaryStore();
  private final AtomicBoolean factsBroken = new AtomicBoolean();

  private ChatMigrations migrations(FactStore factStore) {
    return new ChatMigrations(settings, preferences, messages, profiles, factStore, summaries);
  }

  @BeforeEach
  void theGroupTalked() {
    settings.update(GROUP, s -> s.withPersona("Кухар"));
    preferences.save(MemberPreferences.optedOut(GROUP, BOB.id(), T0));
    ProfileFolder folder = new ProfileFolder(ProfileSettings.DEFAULTS);
    for (long id = 1; id <= 3; id++) {
      ChatMessage message =
          ChatMessage.text(
              new MessageRef(GROUP, id), ALICE, T0.plusSeconds(id), "я живу в Києві " + id);
      messages.append(message);
      profiles.update(
          GROUP,
          ALICE.id(),
          current ->
              Optional.of(
                  folder.fold(current, message, dev.gryag.core.analyzer.Analysis.EMPTY, null)));
    }
    facts.update(
        GROUP,
        ALICE.id(),
        "city",
        current ->
            Optional.of(
                new Fact(
                    GROUP,
                    ALICE.id(),
                    FactCategory.LOCATION,
                    "city",
                    "Київ",
                    0.8,
                    1,
                    new MessageRef(GROUP, 3),
                    T0,
                    T0)));
    summaries.save(
        new ChatSummary(GROUP, 1, 2, T0, T0.plusSeconds(2), 2, "Про Київ.", "gemini", T0));
  }

  @Test
  void everythingMovesToTheSupergroupAndTheReportCountsIt() {
    MigrationReport report = migrations(facts).migrate(MIGRATION);

    assertThat(report)
        .isEqualTo(new MigrationReport(MIGRATION, 1, 1, 3, 1, 1, 1))
        .hasToString(
            "chat -4000000001 -> -1002000000001: 3 messages, 1 profiles, 1 facts,"
                + " 1 preferences, 1 summaries, 1 settings");
    assertThat(report.total()).isEqualTo(8);
    assertThat(settings.get(SUPERGROUP).persona()).isEqualTo("Кухар");
    assertThat(preferences.find(SUPERGROUP, BOB.id()).orElseThrow().optedOut()).isTrue();
    assertThat(messages.count(SUPERGROUP)).isEqualTo(3);
    assertThat(profiles.find(SUPERGROUP, ALICE.id()).orElseThrow().messages()).isEqualTo(3);
    assertThat(facts.find(SUPERGROUP, ALICE.id(), "city").orElseThrow().source())
        .isEqualTo(MIGRATION.moved(new MessageRef(GROUP, 3)));
    assertThat(summaries.recent(SUPERGROUP, 5)).hasSize(1);
    assertNothingLeftInTheGroup();
  }

  @Test
  void theSameMigrationAgainMovesNothing() {
    migrations(facts).migrate(MIGRATION);

    MigrationReport again = migrations(facts).migrate(MIGRATION);

    assertThat(again).isEqualTo(new MigrationReport(MIGRATION, 0, 0, 0, 0, 0, 0));
    assertThat(again.total()).isZero();
    assertThat(messages.count(SUPERGROUP)).isEqualTo(3);
  }

  @Test
  void aRunCutShortByAFailingStoreIsCompletedByTheNextRun() {
    factsBroken.set(true);
    ChatMigrations failing = migrations(failingOnceOnMove(facts));

    assertThatThrownBy(() -> failing.migrate(MIGRATION))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("connection lost");
    assertThat(messages.count(SUPERGROUP)).isEqualTo(3); // the steps before the failure stay done
    assertThat(facts.find(GROUP, ALICE.id(), "city")).isPresent();

    MigrationReport rest = failing.migrate(MIGRATION);

    assertThat(rest).isEqualTo(new MigrationReport(MIGRATION, 0, 0, 0, 0, 1, 1));
    assertThat(facts.find(SUPERGROUP, ALICE.id(), "city")).isPresent();
    assertNothingLeftInTheGroup();
  }

  private void assertNothingLeftInTheGroup() {
    assertThat(settings.get(GROUP)).isEqualTo(dev.gryag.core.settings.ChatSettings.DEFAULTS);
    assertThat(preferences.find(GROUP, BOB.id())).isEmpty();
    assertThat(messages.count(GROUP)).isZero();
    assertThat(profiles.profiles(GROUP)).isEmpty();
    assertThat(facts.facts(GROUP, ALICE.id())).isEmpty();
    assertThat(summaries.recent(GROUP, 5)).isEmpty();
  }

  /** {@code store}, except that its first {@code move} fails as a lost connection would. */
  private FactStore failingOnceOnMove(FactStore store) {
    return (FactStore)
        Proxy.newProxyInstance(
            FactStore.class.getClassLoader(),
            new Class<?>[] {FactStore.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("move") && factsBroken.getAndSet(false)) {
                throw new StoreException("Moving facts failed: connection lost", null, true);
              }
              try {
                return method.invoke(store, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
