package dev.gryag.core.analytics;

import java.util.Arrays;

/**
 * The median of a stream of numbers in constant memory: exact for the first {@value #EXACT} values,
 * then the P² estimate of Jain and Chlamtac (1985), seeded from those values, which keeps five
 * markers and moves them with each new value.
 */
final class MedianEstimator {

  static final int EXACT = 1024;
  private static final double[] STEP = {0, 0.25, 0.5, 0.75, 1};

  private double[] buffer = new double[8];
  private long count;
  private double[] heights;
  private long[] positions;
  private double[] desired;

  void add(double value) {
    count++;
    if (heights == null) {
      if (count > buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[(int) count - 1] = value;
      if (count == EXACT) {
        seed();
      }
      return;
    }
    update(value);
  }

  long count() {
    return count;
  }

  /** The median so far; NaN when nothing was added. */
  double median() {
    if (count == 0) {
      return Double.NaN;
    }
    if (heights != null) {
      return heights[2];
    }
    double[] sorted = Arrays.copyOf(buffer, (int) count);
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private void seed() {
    double[] sorted = Arrays.copyOf(buffer, (int) count);
    Arrays.sort(sorted);
    heights = new double[5];
    positions = new long[5];
    desired = new double[5];
    for (int i = 0; i < 5; i++) {
      desired[i] = 1 + (count - 1) * STEP[i];
      positions[i] = Math.round(desired[i]);
      heights[i] = sorted[(int) positions[i] - 1];
    }
    buffer = null;
  }

  private void update(double value) {
    int cell;
    if (value < heights[0]) {
      heights[0] = value;
      cell = 0;
    } else if (value >= heights[4]) {
      heights[4] = value;
      cell = 3;
    } else {
      cell = 0;
      while (value >= heights[cell + 1]) {
        cell++;
      }
    }
    for (int i = cell + 1; i < 5; i++) {
      positions[i]++;
    }
    for (int i = 0; i < 5; i++) {
      desired[i] += STEP[i];
    }
    for (int i = 1; i < 4; i++) {
      adjust(i);
    }
  }

  private void adjust(int i) {
    double offset = desired[i] - positions[i];
    if ((offset >= 1 && positions[i + 1] - positions[i] > 1)
        || (offset <= -1 && positions[i - 1] - positions[i] < -1)) {
      int d = offset > 0 ? 1 : -1;
      double candidate = parabolic(i, d);
      if (heights[i - 1] < candidate && candidate < heights[i + 1]) {
        heights[i] = candidate;
      } else {
        heights[i] += d * (heights[i + d] - heights[i]) / (positions[i + d] - positions[i]);
      }
      positions[i] += d;
    }
  }

  private double parabolic(int i, int d) {
    double below = positions[i] - positions[i - 1];
    double above = positions[i + 1] - positions[i];
    double span = positions[i + 1] - positions[i - 1];
    return heights[i]
        + d
            / span
            * ((below + d) * (heights[i + 1] - heights[i]) / above
                + (above - d) * (heights[i] - heights[i - 1]) / below);
  }
}
