package dev.gryag.app.cli;

import java.io.IOException;
import java.io.Writer;

/** Writes an analysis in one form: terminal tables, JSON, HTML. */
interface ReportRenderer {

  void render(AnalysisResult result, Writer out) throws IOException;
}
