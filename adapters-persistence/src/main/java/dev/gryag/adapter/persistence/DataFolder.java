package dev.gryag.adapter.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Gryag keeps its data when {@code GRYAG_HOME} is not set: the platform's usual place. */
final class DataFolder {

  private DataFolder() {}

  /**
   * The default data folder: {@code %LOCALAPPDATA%\Gryag} on Windows, {@code ~/Library/Application
   * Support/Gryag} on macOS, else {@code $XDG_DATA_HOME/gryag} or {@code ~/.local/share/gryag}.
   */
  static Path defaultHome(Map<String, String> environment, String osName, Path userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String localAppData = environment.get("LOCALAPPDATA");
      return isAbsolute(localAppData)
          ? Path.of(localAppData, "Gryag")
          : userHome.resolve("AppData").resolve("Local").resolve("Gryag");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return userHome.resolve("Library").resolve("Application Support").resolve("Gryag");
    }
    // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
    String xdgDataHome = environment.get("XDG_DATA_HOME");
    return isAbsolute(xdgDataHome)
        ? Path.of(xdgDataHome, "gryag")
        : userHome.resolve(".local").resolve("share").resolve("gryag");
  }

  private static boolean isAbsolute(String path) {
    return path != null && !path.isBlank() && Path.of(path).isAbsolute();
  }
}
