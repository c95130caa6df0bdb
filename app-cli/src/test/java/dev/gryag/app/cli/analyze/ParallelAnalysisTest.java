package dev.gryag.app.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gryag.adapter.telegram.export.ExportReadOptions;
import dev.gryag.adapter.telegram.export.TelegramExportReader;
import dev.gryag.app.cli.Exports;
import dev.gryag.app.cli.ScriptAnalyzer;
import dev.gryag.core.analytics.AnalyticsOptions;
import dev.gryag.core.analytics.ChatAnalytics;
import dev.gryag.core.analytics.ChatReport;
import dev.gryag.core.analytics.HistorySink;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ParallelAnalysisTest {

  private static void readTwoChats(HistorySink sink) {
    TelegramExportReader reader =
        new TelegramExportReader(ExportReadOptions.strict(ZoneOffset.UTC));
    reader.read(Exports.sample(), sink);
    reader.read(Exports.shared("group-anonymised.json"), sink);
  }

  @Test
  void givesTheSameReportAsFoldingOneMessageAfterAnother() {
    ChatAnalytics sequential =
        new ChatAnalytics(new ScriptAnalyzer(), AnalyticsOptions.in(ZoneOffset.UTC));
    readTwoChats(sequential);

    ChatAnalytics parallel =
        new ChatAnalytics(new ScriptAnalyzer(), AnalyticsOptions.in(ZoneOffset.UTC));
    try (ParallelAnalysis pipeline = new ParallelAnalysis(parallel, 3)) {
      readTwoChats(pipeline);
      pipeline.finish();
    }

    ChatReport expected = sequential.report();
    assertThat(expected.overview().chats()).hasSize(2);
    assertThat(expected.overview().messages()).isEqualTo(143 + 250);
    assertThat(parallel.report()).isEqualTo(expected);
  }
}
