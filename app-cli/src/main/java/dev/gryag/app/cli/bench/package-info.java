/**
 * Benchmark commands: {@code gryag bench generate-export} writes synthetic Telegram Desktop exports
 * of any size, {@code gryag bench parse} streams one without analysing it (the practical limit an
 * analysis is measured against).
 */
package dev.gryag.app.cli.bench;
