/**
 * Benchmark commands that print their figures (never tests): {@code gryag bench analyzer}, {@code
 * conversation} and {@code personalization} measure the core on generated messages, {@code gryag
 * bench parse} streams an export without analysing it (the practical limit an analysis is measured
 * against). Exports of any size come from {@code gryag bench generate-export} ({@code
 * dev.gryag.app.cli.synthetic}); {@code gryag bench import} lives beside the import it measures.
 */
package dev.gryag.app.cli.bench;
