package dev.gryag.archfixture.core;

import com.google.inject.Inject;
import dev.gryag.archfixture.adapter.one.AdapterOne;
import okhttp3.OkHttpClient;

/** Fixture: a core class that breaks every core rule (an adapter, OkHttp and Guice in core). */
public class LeakyCore {
  @Inject
  public LeakyCore() {}

  public OkHttpClient client() {
    return new OkHttpClient();
  }

  public AdapterOne adapter() {
    return new AdapterOne();
  }
}
