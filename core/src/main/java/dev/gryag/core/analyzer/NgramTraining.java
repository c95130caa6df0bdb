package dev.gryag.core.analyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the {@link NgramModel} from the analyzer's resources: the training text of each language,
 * the words of its lexicons, and — for the Latin-script profiles — the Ukrainian and Russian text
 * transliterated in two chat spellings plus the transliteration word lists.
 */
final class NgramTraining {

  private static final String[] WORD_LISTS = {
    "stopwords", "common", "questions", "negators", "intensifiers", "sentiment", "emotion", "topics"
  };

  private NgramTraining() {}

  static NgramModel train() {
    NgramModel.Trainer trainer = new NgramModel.Trainer();
    List<String> ukWords = words("uk");
    List<String> ruWords = words("ru");
    trainer.addWords(NgramModel.UK, ukWords);
    trainer.addWords(NgramModel.RU, ruWords);
    trainer.addWords(NgramModel.EN, words("en"));
    for (LexiconLine line : LexiconLoader.lines("corpus-uk")) {
      String folded = Words.normalize(line.text());
      trainer.addText(NgramModel.UK, folded);
      ukWords.addAll(split(folded));
    }
    for (LexiconLine line : LexiconLoader.lines("corpus-ru")) {
      String folded = Words.normalize(line.text());
      trainer.addText(NgramModel.RU, folded);
      ruWords.addAll(split(folded));
    }
    for (LexiconLine line : LexiconLoader.lines("corpus-en")) {
      trainer.addText(NgramModel.EN, Words.normalize(line.text()));
    }
    for (String word : ukWords) {
      trainer.addWord(NgramModel.TRANSLIT_UK, Transliteration.ukrainian(word, 0));
      trainer.addWord(NgramModel.TRANSLIT_UK, Transliteration.ukrainian(word, 1));
    }
    for (String word : ruWords) {
      trainer.addWord(NgramModel.TRANSLIT_RU, Transliteration.russian(word, 0));
      trainer.addWord(NgramModel.TRANSLIT_RU, Transliteration.russian(word, 1));
    }
    for (LexiconLine line : LexiconLoader.lines("translit-uk")) {
      trainer.addWords(NgramModel.TRANSLIT_UK, folded(line.words()));
    }
    for (LexiconLine line : LexiconLoader.lines("translit-ru")) {
      trainer.addWords(NgramModel.TRANSLIT_RU, folded(line.words()));
    }
    return trainer.build();
  }

  /** The folded words of a language's lexicons in its own script. */
  private static List<String> words(String language) {
    List<String> words = new ArrayList<>();
    for (String list : WORD_LISTS) {
      for (LexiconLine line : LexiconLoader.lines(list + "-" + language)) {
        List<String> items = line.text().indexOf(':') > 0 ? line.values() : line.words();
        for (String word : folded(items)) {
          if (LexiconBuilder.isLatin(word) == language.equals("en")) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  private static List<String> folded(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      if (!word.endsWith("*")) {
        out.add(Words.normalize(word));
      }
    }
    return out;
  }

  private static List<String> split(String folded) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean letter =
          i < folded.length() && (Character.isLetter(folded.charAt(i)) || folded.charAt(i) == '\'');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }
}
