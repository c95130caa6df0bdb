package dev.gryag.app.cli.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of the {@code gryag} command, as Maven wrote it into the jar. */
public final class Version {

  private Version() {}

  /** The project's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String project() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the gryag jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties from the gryag jar", e);
    }
  }
}
