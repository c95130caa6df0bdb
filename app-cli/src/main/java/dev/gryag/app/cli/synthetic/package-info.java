/**
 * Synthetic Telegram Desktop exports for benchmarks ({@code gryag bench generate-export}): a group
 * of members writing Ukrainian, Russian and English, with media, replies, entity arrays, forwards,
 * edits, reactions and service events, streamed in constant memory; the same seed gives the same
 * file.
 */
package dev.gryag.app.cli.synthetic;
