package dev.gryag.adapter.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Files only their owner may read (mode 600), for secrets: created with that mode, so no other user
 * can open one even for a moment, and replaced atomically, so a reader never sees half of one.
 */
final class PrivateFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private PrivateFiles() {}

  /** A new file in {@code folder} holding {@code content}, mode 600 from its creation. */
  static Path createTemporary(Path folder, String prefix, String content) throws IOException {
    Path file =
        isPosix(folder)
            ? Files.createTempFile(folder, prefix, ".tmp", ownerOnlyAttribute())
            : Files.createTempFile(folder, prefix, ".tmp");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(StandardCharsets.UTF_8.encode(content));
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  /** Writes {@code content} to {@code target} (mode 600) through a temporary file and a rename. */
  static void writeAtomically(Path target, String content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = createTemporary(folder, "." + target.getFileName(), content);
    try {
      // In the same folder, so a rename: the file appears whole, with its mode, or not at all.
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The permissions of {@code file} beyond the owner's reading and writing, as {@code rwxr--r--};
   * empty when there are none, or when the file system has no POSIX permissions (Windows).
   */
  static Optional<String> looserThanOwnerOnly(Path file) throws IOException {
    if (!isPosix(file)) {
      return Optional.empty();
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    return OWNER_ONLY.containsAll(permissions)
        ? Optional.empty()
        : Optional.of(PosixFilePermissions.toString(permissions));
  }

  private static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnlyAttribute() {
    return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
  }
}
