/**
 * In-process caches in front of the stores the hot path reads for every message (a chat's settings,
 * a member's preferences): each is a decorator that keeps the port's contract, invalidating on its
 * own writes, and bounds staleness from writers in other processes with a short expiry.
 */
package dev.gryag.app.wiring.cache;
