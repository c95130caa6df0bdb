package dev.gryag.app.cli.bench.memory;

import dev.gryag.app.cli.synthetic.Phrases;
import dev.gryag.core.analytics.ChatHeader;
import dev.gryag.core.analytics.HistoryMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A long group conversation with planted evidence, generated from a seed: a few members talk in
 * evening sessions a few days apart over months, mostly small talk in Ukrainian, Russian and
 * English; among it each member states facts about themselves, tells of things they did, and talks
 * around a pastime without naming it. The questions asked afterwards name the turns that hold their
 * answers. The same seed and sizes give the same conversation.
 *
 * @param chat the chat as an export introduces it (a basic group)
 * @param members who talks
 * @param turns the messages, ids from 1, chronological
 * @param questions what members ask after the last turn
 */
record MemoryConversation(
    ChatHeader chat,
    List<Member> members,
    List<HistoryMessage> turns,
    List<MemoryQuestion> questions) {

  /** The export's id of the chat; the stored chat is its negation, as for any basic group. */
  static final long CHAT_ID = 4_242L;

  static final int MAX_MEMBERS = MemoryTexts.NAMES.size();

  private static final Instant START = Instant.parse("2025-01-06T00:00:00Z");

  /**
   * Each member's usual language ({@link MemoryTexts#in}): most write Ukrainian, some Russian, one
   * English, as in the project's chats; everyone switches now and then.
   */
  private static final int[] LANGUAGES = {0, 0, 1, 0, 2, 0, 1, 0};

  /**
   * Generates a conversation.
   *
   * @param members 2 to {@link #MAX_MEMBERS}
   * @param sessions at least 1; each is one evening
   * @param turnsPerSession the average session's length, at least 10
   * @param questions how many to ask, spread evenly over the kinds as far as the facts allow
   */
  static MemoryConversation generate(
      long seed, int members, int sessions, int turnsPerSession, int questions) {
    if (members < 2 || members > MAX_MEMBERS) {
      throw new IllegalArgumentException(
          "members must be between 2 and " + MAX_MEMBERS + ", was " + members);
    }
    if (sessions < 1 || turnsPerSession < 10 || questions < 1) {
      throw new IllegalArgumentException(
          "sessions, questions must be positive and turns per session at least 10");
    }
    return new Generator(new SplittableRandom(seed), members, sessions, turnsPerSession)
        .run(questions);
  }

  /** A turn planned before the sessions are written; {@code id} is set when it is placed. */
  private static final class Plant {
    final int session;
    final Member member;
    final String text;
    long id;

    Plant(int session, Member member, String text) {
      this.session = session;
      this.member = member;
      this.text = text;
    }
  }

  private static final class Generator {
    private final SplittableRandom random;
    private final List<Member> members = new ArrayList<>();
    private final int sessions;
    private final int turnsPerSession;
    private final List<Plant> plants = new ArrayList<>();
    private final Map<QuestionKind, List<Candidate>> pools = new EnumMap<>(QuestionKind.class);
    private final List<HistoryMessage> turns = new ArrayList<>();

    Generator(SplittableRandom random, int memberCount, int sessions, int turnsPerSession) {
      this.random = random;
      this.sessions = sessions;
      this.turnsPerSession = turnsPerSession;
      for (int i = 0; i < memberCount; i++) {
        members.add(new Member(MemoryTexts.NAMES.get(i), 7_000_001L + i, LANGUAGES[i]));
      }
      for (QuestionKind kind : QuestionKind.values()) {
        pools.put(kind, new ArrayList<>());
      }
    }

    MemoryConversation run(int questionCount) {
      planFacts();
      planEvents();
      planTopics();
      writeSessions();
      return new MemoryConversation(
          new ChatHeader(CHAT_ID, "Наша компанія", "private_group"),
          List.copyOf(members),
          List.copyOf(turns),
          ask(questionCount));
    }

    /** Each member states each attribute once, in the first nine tenths of the sessions. */
    private void planFacts() {
      List<Plant[]> byAttribute = new ArrayList<>();
      for (MemoryTexts.Attribute attribute : MemoryTexts.ATTRIBUTES) {
        List<String> values = new ArrayList<>(attribute.values());
        shuffle(values);
        Plant[] stated = new Plant[members.size()];
        for (int m = 0; m < members.size(); m++) {
          Member member = members.get(m);
          String text =
              MemoryTexts.in(attribute.statement(), member.language())
                  .replace("{v}", values.get(m));
          stated[m] = plant(early(), member, text);
          Plant fact = stated[m];
          pools
              .get(QuestionKind.SINGLE)
              .add(draw -> question(attribute.question(), draw, member, List.of(fact), null));
        }
        byAttribute.add(stated);
        for (int a = 0; a < members.size(); a++) {
          for (int b = a + 1; b < members.size(); b++) {
            Member first = members.get(a);
            Member second = members.get(b);
            List<Plant> evidence = List.of(stated[a], stated[b]);
            pools
                .get(QuestionKind.MULTI)
                .add(draw -> question(attribute.question(), draw, first, evidence, second));
          }
        }
      }
    }

    /** Each member tells of a few things they did, one turn each. */
    private void planEvents() {
      int perMember = Math.min(MemoryTexts.EVENTS.size(), Math.max(1, sessions / 8));
      for (Member member : members) {
        List<MemoryTexts.Event> events = new ArrayList<>(MemoryTexts.EVENTS);
        shuffle(events);
        for (MemoryTexts.Event event : events.subList(0, perMember)) {
          Plant told =
              plant(
                  random.nextInt(sessions),
                  member,
                  MemoryTexts.in(event.statement(), member.language()));
          pools
              .get(QuestionKind.TEMPORAL)
              .add(draw -> question(event.question(), draw, member, List.of(told), null));
        }
      }
    }

    /** Each member talks around a pastime of their own in three sessions. */
    private void planTopics() {
      List<List<String>> topics = new ArrayList<>(MemoryTexts.TOPICS);
      shuffle(topics);
      for (int m = 0; m < members.size(); m++) {
        Member member = members.get(m);
        List<Plant> told = new ArrayList<>();
        for (String line : topics.get(m)) {
          told.add(
              plant(random.nextInt(sessions), member, MemoryTexts.in(line, member.language())));
        }
        for (String variant : MemoryTexts.INFERENCE_QUESTIONS) {
          pools
              .get(QuestionKind.INFERENCE)
              .add(draw -> question(variant, draw, member, told, null));
        }
      }
    }

    private int early() {
      return random.nextInt(Math.max(1, sessions * 9 / 10));
    }

    private Plant plant(int session, Member member, String text) {
      Plant plant = new Plant(session, member, text);
      plants.add(plant);
      return plant;
    }

    /** Evenings one to five days apart; planted turns at random places among the small talk. */
    private void writeSessions() {
      Instant day = START;
      for (int s = 0; s < sessions; s++) {
        day = day.plus(Duration.ofDays(1 + random.nextInt(5)));
        Instant at = day.plusSeconds(17 * 3600 + random.nextInt(4 * 3600));
        List<Plant> slots = new ArrayList<>();
        int length = turnsPerSession * 7 / 10 + random.nextInt(turnsPerSession * 6 / 10 + 1);
        for (int i = 0; i < length; i++) {
          slots.add(null);
        }
        for (Plant plant : plants) {
          if (plant.session == s) {
            slots.add(random.nextInt(slots.size() + 1), plant);
          }
        }
        for (Plant plant : slots) {
          at = at.plusSeconds(15 + random.nextInt(165));
          long id = turns.size() + 1L;
          if (plant != null) {
            plant.id = id;
            turns.add(HistoryMessage.text(id, at, plant.member.sender(), plant.text));
          } else {
            Member speaker = members.get(speaker());
            turns.add(HistoryMessage.text(id, at, speaker.sender(), smallTalk(speaker)));
          }
        }
      }
    }

    /** Skewed: the first members talk most, as in real groups. */
    private int speaker() {
      double u = random.nextDouble();
      return Math.min(members.size() - 1, (int) (members.size() * u * u));
    }

    private String smallTalk(Member speaker) {
      int language = random.nextInt(10) == 0 ? random.nextInt(3) : speaker.language();
      if (random.nextInt(6) == 0) {
        String[] lines = MemoryTexts.DISTRACTORS.split("\n");
        Member other = members.get(random.nextInt(members.size()));
        return MemoryTexts.in(lines[random.nextInt(lines.length)], language)
            .replace("{n}", other.name());
      }
      List<String> phrases = List.of(Phrases.UK, Phrases.RU, Phrases.EN).get(language);
      String text = phrases.get(random.nextInt(phrases.size()));
      return random.nextInt(4) == 0
          ? text + " " + phrases.get(random.nextInt(phrases.size()))
          : text;
    }

    /** Up to a quarter of the questions of each kind, the rest from kinds with more to ask. */
    private List<MemoryQuestion> ask(int count) {
      Instant end = turns.getLast().sentAt().plus(Duration.ofDays(1));
      List<List<Candidate>> shuffled = new ArrayList<>();
      for (QuestionKind kind : QuestionKind.values()) {
        List<Candidate> pool = new ArrayList<>(pools.get(kind));
        shuffle(pool);
        shuffled.add(pool);
      }
      List<MemoryQuestion> asked = new ArrayList<>();
      int[] next = new int[shuffled.size()];
      boolean any = true;
      while (asked.size() < count && any) {
        any = false;
        for (int k = 0; k < shuffled.size() && asked.size() < count; k++) {
          if (next[k] < shuffled.get(k).size()) {
            any = true;
            Candidate candidate = shuffled.get(k).get(next[k]++);
            Draft draft = candidate.ask(random.nextInt(Integer.MAX_VALUE));
            asked.add(
                new MemoryQuestion(
                    QuestionKind.values()[k],
                    draft.asker(),
                    draft.text(),
                    end.plus(Duration.ofMinutes(asked.size())),
                    draft.evidence()));
          }
        }
      }
      return asked;
    }

    /**
     * A question about {@code subject}, and then {@code second} (or null), asked by a member other
     * than the subject (chosen by {@code draw}) in the asker's language.
     */
    private Draft question(
        String template, int draw, Member subject, List<Plant> evidence, Member second) {
      int others = members.size() - 1;
      Member asker = members.get((members.indexOf(subject) + 1 + draw % others) % members.size());
      String text = MemoryTexts.in(template, asker.language()).replace("{n}", subject.name());
      if (second != null) {
        text +=
            " "
                + MemoryTexts.in(MemoryTexts.AND_ABOUT, asker.language())
                    .replace("{n}", second.name());
      }
      return new Draft(asker, text, evidence.stream().map(p -> p.id).toList());
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        Collections.swap(list, i, random.nextInt(i + 1));
      }
    }
  }

  /** A question waiting for its asker; its evidence ids are read when it is asked. */
  @FunctionalInterface
  private interface Candidate {
    Draft ask(int draw);
  }

  /** A question before its kind and time are set: who asks, what, and the evidence ids. */
  private record Draft(Member asker, String text, List<Long> evidence) {}
}
