package dev.gryag.core.analyzer;

/** The dominant emotion of a message (Ekman's six, or none). */
public enum Emotion {
  JOY,
  SADNESS,
  ANGER,
  FEAR,
  SURPRISE,
  DISGUST,
  NEUTRAL
}
