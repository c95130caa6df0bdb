package dev.gryag.app.cli.report;

/**
 * One labelled value of a chart.
 *
 * @param label what the axis shows
 * @param value the value drawn
 * @param tip what hovering tells
 */
record ChartPoint(String label, double value, String tip) {}
