/**
 * Gryag's framework-free core: the domain of group-chat memory and the ports it needs. It depends
 * on the JDK only; adapters implement its ports.
 */
package dev.gryag.core;
