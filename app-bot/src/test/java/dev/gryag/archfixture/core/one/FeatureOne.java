package dev.gryag.archfixture.core.one;

import dev.gryag.archfixture.core.two.FeatureTwo;

/** Fixture: a core feature that uses another feature, which uses it back. */
public class FeatureOne {
  public FeatureTwo other() {
    return new FeatureTwo();
  }
}
