package dev.gryag.adapter.persistence;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by an embedded PostgreSQL (its postmaster and every backend, read
 * from Linux's {@code /proc}), so the benchmark can report a rate per CPU-second that the other
 * work on a shared machine does not distort. Elsewhere PostgreSQL's share reads as zero.
 */
final class CpuClock {

  /** Clock ticks a second in {@code /proc/PID/stat} (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  private final long postmaster;

  CpuClock(Path dataDirectory) throws IOException {
    List<String> pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    this.postmaster = Long.parseLong(pidFile.getFirst().strip());
  }

  /** CPU seconds of this JVM so far. */
  static double jvmSeconds() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /** CPU seconds of the server so far: the postmaster, its ended children and its live ones. */
  double serverSeconds() throws IOException {
    if (!Files.isDirectory(Path.of("/proc"))) {
      return 0;
    }
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.toList()) {
        String[] stat = stat(process);
        if (stat == null) {
          continue;
        }
        long pid = Long.parseLong(process.getFileName().toString());
        long parent = Long.parseLong(stat[1]);
        if (pid == postmaster) {
          ticks += sum(stat, 11, 12, 13, 14); // utime, stime, cutime, cstime
        } else if (parent == postmaster) {
          ticks += sum(stat, 11, 12);
        }
      }
    }
    return ticks / TICKS;
  }

  /** The fields of {@code /proc/PID/stat} after the command name, or null for no process. */
  private static String[] stat(Path process) {
    if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
      return null;
    }
    try {
      String line = Files.readString(process.resolve("stat"));
      return line.substring(line.lastIndexOf(')') + 2).split(" ");
    } catch (IOException e) {
      return null; // the process ended meanwhile
    }
  }

  private static long sum(String[] stat, int... fields) {
    long total = 0;
    for (int field : fields) {
      total += Long.parseLong(stat[field]);
    }
    return total;
  }

  /** The machine's load average over the last minute, or -1 when unknown. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
