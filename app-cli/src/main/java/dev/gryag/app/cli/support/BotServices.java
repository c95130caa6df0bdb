package dev.gryag.app.cli.support;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.gryag.adapter.persistence.PostgresDatabase;
import dev.gryag.app.wiring.PersistenceModule;
import dev.gryag.app.wiring.PersonalizationModule;
import dev.gryag.core.context.MessageStore;
import dev.gryag.core.conversation.CursorStore;
import dev.gryag.core.personalization.FactStore;
import dev.gryag.core.personalization.PersonalizationService;
import dev.gryag.core.personalization.ProfileStore;
import java.time.Clock;
import java.util.Objects;

/**
 * The bot's stores and services over the database a command opened, wired by the very modules the
 * bot is wired with ({@code dev.gryag.app.wiring}): the same caches, the same personalization, the
 * same retention. A command adds what only it needs, or puts something in front of a store, with
 * modules of its own.
 */
public final class BotServices {

  private final PostgresDatabase database;
  private final Injector injector;

  private BotServices(PostgresDatabase database, Injector injector) {
    this.database = database;
    this.injector = injector;
  }

  /** The stores and personalization as the bot has them, on the system clock. */
  public static BotServices over(PostgresDatabase database) {
    return over(database, Clock.systemUTC());
  }

  /**
   * The bot's stores and personalization, with the command's modules added over them.
   *
   * @param clock the time the services read
   * @param modules what the command adds (a retention policy, a language model) or replaces (the
   *     profiles an import folds in memory); a binding here wins over the bot's for the same key
   */
  public static BotServices over(PostgresDatabase database, Clock clock, Module... modules) {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(clock, "clock");
    Module bot =
        Modules.combine(
            new PersistenceModule(database),
            new PersonalizationModule(),
            binder -> binder.bind(Clock.class).toInstance(clock));
    return new BotServices(database, Guice.createInjector(Modules.override(bot).with(modules)));
  }

  public PostgresDatabase database() {
    return database;
  }

  /** Any wired store or service, e.g. {@code CleanupService.class}. */
  public <T> T get(Class<T> type) {
    return injector.getInstance(type);
  }

  public MessageStore messages() {
    return get(MessageStore.class);
  }

  public CursorStore cursors() {
    return get(CursorStore.class);
  }

  public ProfileStore profiles() {
    return get(ProfileStore.class);
  }

  public FactStore facts() {
    return get(FactStore.class);
  }

  /** What the bot knows about members: profiles, facts, preferences. */
  public PersonalizationService people() {
    return get(PersonalizationService.class);
  }
}
