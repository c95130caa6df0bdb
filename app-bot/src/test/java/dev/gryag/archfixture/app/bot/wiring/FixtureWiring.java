package dev.gryag.archfixture.app.bot.wiring;

import dev.gryag.archfixture.app.bot.FixtureBot;

/** Fixture: the other side of a cycle between two packages of one app. */
public class FixtureWiring {
  public FixtureBot bot() {
    return new FixtureBot();
  }
}
