package dev.gryag.archfixture.app;

/** Fixture: an app class, the target of a forbidden adapter-to-app dependency. */
public class FixtureApp {}
