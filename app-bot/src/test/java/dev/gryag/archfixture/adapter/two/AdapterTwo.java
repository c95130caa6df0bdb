package dev.gryag.archfixture.adapter.two;

import dev.gryag.archfixture.adapter.one.AdapterOne;

/** Fixture: the other side of an adapter-to-adapter cycle. */
public class AdapterTwo {
  public AdapterOne other() {
    return new AdapterOne();
  }
}
