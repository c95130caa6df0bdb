/**
 * The shared vocabulary of Gryag: chats, people, messages. Plain immutable records, validated on
 * construction, used by every feature package and every adapter.
 */
package dev.gryag.core.model;
