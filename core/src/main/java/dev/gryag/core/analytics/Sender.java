package dev.gryag.core.analytics;

import dev.gryag.core.model.Names;
import java.util.Objects;

/**
 * Who posted a message or performed a service action, as an archive names them. Archives identify
 * peers by strings such as {@code user123} or {@code channel5} (anonymised ones even by {@code
 * user000AX69}), so the key is a string rather than a {@link dev.gryag.core.model.UserId}.
 *
 * @param key the archive's stable identifier of the sender, {@code name:<name>} when the archive
 *     gives a name only, or empty when it gives neither; never null
 * @param name the name shown when the archive was made; empty for deleted accounts; never null
 */
public record Sender(String key, String name) {

  /** A sender the archive does not record. */
  public static final Sender UNKNOWN = new Sender("", "");

  public Sender {
    Objects.requireNonNull(key, "key");
    name = name == null ? "" : Names.bounded(name);
  }

  /** The sender for an archive's id and name, either of which may be null or blank. */
  public static Sender of(String id, String name) {
    if (id != null && !id.isBlank()) {
      return new Sender(id, name);
    }
    if (name != null && !name.isBlank()) {
      return new Sender("name:" + Names.bounded(name), name);
    }
    return UNKNOWN;
  }

  /** The name to show: the recorded name, else {@code Deleted account (key)}, else Unknown. */
  public String displayName() {
    if (!name.isBlank()) {
      return name;
    }
    return key.isEmpty() ? "Unknown" : "Deleted account (" + key + ")";
  }
}
