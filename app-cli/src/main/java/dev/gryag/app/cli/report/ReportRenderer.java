package dev.gryag.app.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Writes an analysis in one form: terminal tables, JSON, HTML. */
public interface ReportRenderer {

  void render(AnalysisResult result, Writer out) throws IOException;
}
