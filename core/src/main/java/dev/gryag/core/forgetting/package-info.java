/**
 * Forgotten means forgotten: when a member is forgotten ({@code /forget}, {@code /optout}, {@code
 * gryag forget}) a {@link dev.gryag.core.forgetting.Tombstone} records who, where and when, so that
 * whatever brings their older data back — a late or redelivered update, an import of an older
 * export, a restore of an older backup — leaves it out. {@link
 * dev.gryag.core.forgetting.Tombstones} keeps them; {@link
 * dev.gryag.core.forgetting.MemberMentions} is whatever else holds text about members (the chat
 * summaries) and drops what mentions a forgotten one.
 */
package dev.gryag.core.forgetting;
