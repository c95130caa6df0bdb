package dev.gryag.app.cli.bench.memory;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.gryag.adapter.persistence.DatabaseConfig;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.cli.imports.ImportedChat;
import dev.gryag.app.cli.support.BotServices;
import dev.gryag.app.wiring.PersonalizationModule;
import dev.gryag.core.analytics.HistoryEntry;
import dev.gryag.core.analyzer.LocalAnalyzer;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.context.SummarySource;
import dev.gryag.core.conversation.InMemoryCursorStore;
import dev.gryag.core.forgetting.InMemoryTombstones;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stores the benchmark imports the conversation into and the bot's prompt reads from: in
 * memory, or the embedded PostgreSQL wired as {@code gryag import} wires it.
 */
interface BenchStores extends AutoCloseable {

  MessageStore messages();

  /** What the bot knows about members, as the prompt's notes on them come from it. */
  PersonalizationService people();

  SummarySource summaries();

  @Override
  void close();

  /** Imports the conversation as {@code gryag import} imports an export. */
  void load(MemoryConversation conversation);

  /** The core's in-memory stores under the bot's personalization wiring. */
  static BenchStores inMemory(Clock clock) {
    MessageStore messages = new InMemoryMessageStore();
    Tombstones tombstones = new InMemoryTombstones();
    Injector injector =
        Guice.createInjector(
            new PersonalizationModule(),
            binder -> {
              binder.bind(MessageStore.class).toInstance(messages);
              binder.bind(ProfileStore.class).toInstance(new InMemoryProfileStore());
              binder.bind(FactStore.class).toInstance(new InMemoryFactStore());
              binder.bind(PreferenceStore.class).toInstance(new InMemoryPreferenceStore());
              binder.bind(Tombstones.class).toInstance(tombstones);
              binder.bind(ChatSummaryStore.class).toInstance(new InMemoryChatSummaryStore());
              binder.bind(Clock.class).toInstance(clock);
            });
    PersonalizationService people = injector.getInstance(PersonalizationService.class);
    return new BenchStores() {
      @Override
      public MessageStore messages() {
        return messages;
      }

      @Override
      public PersonalizationService people() {
        return people;
      }

      @Override
      public SummarySource summaries() {
        return SummarySource.NONE;
      }

      @Override
      public void load(MemoryConversation conversation) {
        ImportedChat.load(
            messages,
            new InMemoryCursorStore(clock),
            people,
            tombstones,
            LocalAnalyzer.withDefaults(),
            () -> {},
            conversation.chat(),
            entries(conversation));
      }

      @Override
      public void close() {}
    };
  }

  /**
   * The embedded PostgreSQL in {@code home}, or in a temporary folder deleted on close when {@code
   * home} is null.
   */
  static BenchStores embedded(Path home) {
    Path folder;
    try {
      folder = home != null ? home : Files.createTempDirectory("gryag-bench-memory");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
    }
    PostgresDatabase database;
    try {
      database =
          PostgresDatabase.start(
              DatabaseConfig.fromEnvironment(Map.of(DatabaseConfig.HOME, folder.toString())));
    } catch (RuntimeException e) {
      if (home == null) {
        ImportedChat.deleteTree(folder);
      }
      throw e;
    }
    BotServices stores = ImportedChat.stores(database);
    ChatSummaryStore summaries = stores.get(ChatSummaryStore.class);
    return new BenchStores() {
      @Override
      public MessageStore messages() {
        return stores.messages();
      }

      @Override
      public PersonalizationService people() {
        return stores.people();
      }

      @Override
      public SummarySource summaries() {
        return summaries::recent;
      }

      @Override
      public void load(MemoryConversation conversation) {
        ImportedChat.load(
            stores, LocalAnalyzer.withDefaults(), conversation.chat(), entries(conversation));
      }

      @Override
      public void close() {
        database.close();
        if (home == null) {
          ImportedChat.deleteTree(folder);
        }
      }
    };
  }

  private static List<HistoryEntry> entries(MemoryConversation conversation) {
    return new ArrayList<>(conversation.turns());
  }
}
