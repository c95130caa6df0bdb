/**
 * Settings, declared once and read one way: each module declares its keys as {@link
 * dev.gryag.core.config.Setting}s (name, type with its range, default, one-line doc, group,
 * secrecy); {@link dev.gryag.core.config.Configuration} reads them from the environment, overlaid
 * by an optional properties file, and reports every bad value at once in one format; {@link
 * dev.gryag.core.config.SettingTables} turns the declarations into the Markdown tables of {@code
 * docs/configuration.md}. Durations and sizes have one grammar each ({@link
 * dev.gryag.core.config.Durations}, {@link dev.gryag.core.config.Sizes}).
 */
package dev.gryag.core.config;
