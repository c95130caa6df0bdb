package dev.gryag.core.personalization;

/** What a {@link Fact} is about; reports group facts by it. */
public enum FactCategory {
  /** Names, pronouns. */
  IDENTITY,
  /** Where the member lives or comes from. */
  LOCATION,
  /** Occupation, employer, studies. */
  WORK,
  /** Birthday, age, family. */
  PERSONAL,
  /** How the member wants to be addressed or answered. */
  PREFERENCE,
  /** Hobbies, likes and dislikes. */
  INTEREST,
  /** Anything else an extractor found worth keeping. */
  OTHER
}
