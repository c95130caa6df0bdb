/**
 * Local text analysis of chat messages in Ukrainian, Russian and English: language, sentiment,
 * emotion, keywords, topics and surface features, computed on the JVM with no model download and no
 * network. The result of one message is an {@link dev.gryag.core.analyzer.Analysis}.
 */
package dev.gryag.core.analyzer;
