package dev.gryag.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import dev.gryag.core.cleanup.ChatSummaryStore;
import dev.gryag.core.cleanup.CleanupOptions;
import dev.gryag.core.cleanup.CleanupService;
import dev.gryag.core.cleanup.Compactor;
import dev.gryag.core.cleanup.ExpiringMessages;
import dev.gryag.core.cleanup.InMemoryChatSummaryStore;
import dev.gryag.core.cleanup.RetentionPolicy;
import dev.gryag.core.context.InMemoryMessageStore;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.forgetting.InMemoryTombstones;
import dev.gryag.core.forgetting.Tombstones;
import dev.gryag.core.llm.LanguageModel;
import dev.gryag.core.model.ChatId;
import dev.gryag.core.model.ChatMessage;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.InMemoryFactStore;
import dev.gryag.core.personalization.InMemoryPreferenceStore;
import dev.gryag.core.personalization.InMemoryProfileStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.PreferenceStore;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The retention wiring both apps share: the bot always binds a language model, {@code gryag
 * cleanup} only when an LLM key is set, and old messages are summarised exactly when one is bound.
 */
class RetentionModuleTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Key<Optional<Compactor>> COMPACTOR = Key.get(new TypeLiteral<>() {});
  private static final LanguageModel MODEL =
      request -> {
        throw new AssertionError("no message is old enough to be summarised");
      };

  @Test
  void withoutALanguageModelNothingIsSummarised() {
    Injector injector =
        Guice.createInjector(
            stores(),
            new PersonalizationModule(),
            new RetentionModule(RetentionPolicy.DEFAULTS, 200));

    assertThat(injector.getInstance(COMPACTOR)).isEmpty();
    assertThat(
            injector
                .getInstance(CleanupService.class)
                .run(new CleanupOptions(true, 1000, Duration.ofMinutes(1)))
                .complete())
        .isTrue();
  }

  @Test
  void theBotsLanguageModelSummarises() {
    Injector injector =
        Guice.createInjector(
            stores(),
            new PersonalizationModule(),
            new RetentionModule(RetentionPolicy.DEFAULTS, 200),
            binder -> binder.bind(LanguageModel.class).toInstance(MODEL));

    assertThat(injector.getInstance(COMPACTOR)).isPresent();
  }

  @Test
  void aModelAddedOverTheSharedModulesSummarisesToo() {
    Module shared = Modules.combine(stores(), new PersonalizationModule());
    Injector injector =
        Guice.createInjector(
            Modules.override(shared)
                .with(
                    new RetentionModule(RetentionPolicy.DEFAULTS, 200),
                    binder -> binder.bind(LanguageModel.class).toInstance(MODEL)));

    assertThat(injector.getInstance(COMPACTOR)).isPresent();
    assertThat(injector.getInstance(PersonalizationService.class))
        .isSameAs(injector.getInstance(PersonalizationService.class));
  }

  /** What {@link PersistenceModule} binds on PostgreSQL, in memory. */
  private static Module stores() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Clock.class).toInstance(CLOCK);
        bind(MessageStore.class).toInstance(new InMemoryMessageStore());
        bind(ProfileStore.class).toInstance(new InMemoryProfileStore());
        bind(FactStore.class).toInstance(new InMemoryFactStore());
        bind(PreferenceStore.class).toInstance(new InMemoryPreferenceStore());
        bind(ChatSummaryStore.class).toInstance(new InMemoryChatSummaryStore());
        bind(Tombstones.class).toInstance(new InMemoryTombstones());
        bind(ExpiringMessages.class).toInstance(new NoMessages());
      }
    };
  }

  private static final class NoMessages implements ExpiringMessages {
    @Override
    public List<ChatId> chats() {
      return List.of();
    }

    @Override
    public List<ChatMessage> expired(ChatId chat, Instant sentBefore, int keepNewest, int limit) {
      return List.of();
    }

    @Override
    public long countExpired(ChatId chat, Instant sentBefore, int keepNewest) {
      return 0;
    }

    @Override
    public int delete(ChatId chat, Collection<Long> messageIds) {
      return 0;
    }
  }
}
