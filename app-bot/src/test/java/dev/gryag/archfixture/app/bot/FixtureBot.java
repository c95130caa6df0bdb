package dev.gryag.archfixture.app.bot;

import dev.gryag.archfixture.app.bot.wiring.FixtureWiring;

/** Fixture: an app's main package that uses its wiring, which uses it back. */
public class FixtureBot {
  public FixtureWiring wiring() {
    return new FixtureWiring();
  }
}
