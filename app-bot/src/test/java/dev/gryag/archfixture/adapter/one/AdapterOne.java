package dev.gryag.archfixture.adapter.one;

import dev.gryag.archfixture.adapter.two.AdapterTwo;
import dev.gryag.archfixture.app.FixtureApp;

/** Fixture: an adapter that depends on another adapter and on an app. */
public class AdapterOne {
  public AdapterTwo other() {
    return new AdapterTwo();
  }

  public FixtureApp app() {
    return new FixtureApp();
  }
}
