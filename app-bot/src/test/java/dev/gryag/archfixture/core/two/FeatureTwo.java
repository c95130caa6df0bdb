package dev.gryag.archfixture.core.two;

import dev.gryag.archfixture.core.one.FeatureOne;

/** Fixture: the other side of a cycle between two core features. */
public class FeatureTwo {
  public FeatureOne other() {
    return new FeatureOne();
  }
}
