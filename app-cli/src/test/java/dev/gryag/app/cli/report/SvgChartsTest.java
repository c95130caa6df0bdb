package dev.gryag.app.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

  @Test
  void axisStepsAreWholeAndClose() {
    assertThat(SvgTimeCharts.niceStep(0.3)).isEqualTo(1);
    assertThat(SvgTimeCharts.niceStep(5.25)).isEqualTo(6);
    assertThat(SvgTimeCharts.niceStep(21)).isEqualTo(25);
    assertThat(SvgTimeCharts.niceStep(2_600)).isEqualTo(3_000);
  }

  @Test
  void aDonutOfOneSliceIsAFullRing() {
    String svg =
        SvgShareCharts.donut(List.of(new SvgShareCharts.Slice("Ukrainian", 5, "#4f46e5")), "5");

    assertThat(svg).contains("<circle").doesNotContain("<path");
  }

  @Test
  void emptyHoursAreFaintAndBusyOnesDeep() {
    assertThat(SvgHeatmap.ramp(0, 10)).isEqualTo("#eef0f5");
    assertThat(SvgHeatmap.ramp(10, 10)).isEqualTo("#312e81");
  }
}
