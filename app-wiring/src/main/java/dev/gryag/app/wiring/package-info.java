/**
 * The Guice modules both apps build the stores and the core's services with, so that the bot and
 * the {@code gryag} command line see the same stores in the same way: {@link
 * dev.gryag.app.wiring.PersistenceModule} (the PostgreSQL stores and their caches), {@link
 * dev.gryag.app.wiring.PersonalizationModule}, {@link dev.gryag.app.wiring.RetentionModule}. Each
 * app adds its own modules and binds its {@link java.time.Clock}; the modules open nothing: the app
 * starts the database and hands it in.
 */
package dev.gryag.app.wiring;
