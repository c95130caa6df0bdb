/**
 * {@code gryag bench memory}: a generated long conversation with planted evidence, and the share of
 * that evidence the bot's prompt carries beside recency and BM25 baselines of the same size.
 */
package dev.gryag.app.cli.bench.memory;
