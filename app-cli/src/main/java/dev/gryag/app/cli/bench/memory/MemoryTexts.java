package dev.gryag.app.cli.bench.memory;

import java.util.List;

/**
 * The memory benchmark's own word lists: what members state about themselves, the questions asked
 * about it, and small talk that uses the same words without the answer. Each line holds the
 * Ukrainian, Russian and English form, separated by {@code |}; {@code {v}} is a value and {@code
 * {n}} a member's name.
 */
final class MemoryTexts {

  private MemoryTexts() {}

  static final List<String> NAMES =
      List.of("Олена", "Тарас", "Дмитрий", "Emma", "Ірина", "Сергей", "Oliver", "Марта");

  /** A fact about a member: how they state it, how another member asks, the possible values. */
  record Attribute(String statement, String question, List<String> values) {}

  static final List<Attribute> ATTRIBUTES =
      List.of(
          new Attribute(
              "Я тепер працюю в компанії {v}, вже місяць як"
                  + "|Я теперь работаю в компании {v}, уже месяц"
                  + "|I work at {v} now, it has been a month",
              "У якій компанії зараз працює {n}?"
                  + "|В какой компании сейчас работает {n}?"
                  + "|Which company does {n} work at now?",
              List.of(
                  "Сонячна Пекарня",
                  "Кібер Маяк",
                  "Зелений Трамвай",
                  "Полярна Логістика",
                  "Бузкова Аптека",
                  "Срібний Ключ",
                  "Тиха Гавань",
                  "Вільний Вітер")),
          new Attribute(
              "Ми переїхали у місто {v}, орендуємо квартиру біля парку"
                  + "|Мы переехали в город {v}, снимаем квартиру возле парка"
                  + "|We moved to the city of {v}, renting a flat near the park",
              "У яке місто переїхала {n}?|В какой город переехала {n}?|Which city did {n} move to?",
              List.of(
                  "Вінниця",
                  "Ужгород",
                  "Полтава",
                  "Чернівці",
                  "Житомир",
                  "Херсон",
                  "Рівне",
                  "Суми")),
          new Attribute(
              "У нас тепер є собака, звати {v}, дуже кумедний"
                  + "|У нас теперь есть собака, зовут {v}, очень смешная"
                  + "|We got a dog, his name is {v}, he is so funny",
              "Як звати собаку, яку завела {n}?"
                  + "|Как зовут собаку, которую завела {n}?"
                  + "|What is the name of the dog {n} got?",
              List.of("Бублик", "Ґудзик", "Сірко", "Пиріжок", "Мурчик", "Кнопка", "Тофу", "Барні")),
          new Attribute(
              "Моя сестра {v} вступила на медичний"
                  + "|Моя сестра {v} поступила на медицинский"
                  + "|My sister {v} got into medical school",
              "Куди вступила сестра, про яку розповідала {n}?"
                  + "|Куда поступила сестра, о которой рассказывала {n}?"
                  + "|Which school did the sister {n} told us about get into?",
              List.of("Злата", "Ярина", "Орися", "Мирослава", "Дарина", "Віта", "Лада", "Ніна")),
          new Attribute(
              "Купили нарешті машину, {v}, сріблясту"
                  + "|Купили наконец машину, {v}, серебристую"
                  + "|We finally bought a car, a silver {v}",
              "Яку машину купила {n}?|Какую машину купила {n}?|Which car did {n} buy?",
              List.of(
                  "Škoda Octavia",
                  "Toyota Corolla",
                  "Renault Megane",
                  "Kia Ceed",
                  "Mazda 3",
                  "Ford Focus",
                  "Honda Civic",
                  "Hyundai i30")));

  /** Something a member did on a day: how they tell it, and the question of when. */
  record Event(String statement, String question) {}

  static final List<Event> EVENTS =
      List.of(
          new Event(
              "Сьогодні ходили в похід на Говерлу, ноги болять"
                  + "|Сегодня ходили в поход на Говерлу, ноги болят"
                  + "|We hiked up Hoverla today, my legs hurt",
              "Коли {n} ходила на Говерлу?|Когда {n} ходила на Говерлу?|When did {n} hike Hoverla?"),
          new Event(
              "Сьогодні вперше волонтерила в притулку для тварин"
                  + "|Сегодня впервые волонтерила в приюте для животных"
                  + "|Volunteered at the animal shelter for the first time today",
              "Коли {n} почала волонтерити в притулку?"
                  + "|Когда {n} начала волонтерить в приюте?"
                  + "|When did {n} start volunteering at the shelter?"),
          new Event(
              "Щойно з джазового концерту у філармонії, неймовірно"
                  + "|Только что с джазового концерта в филармонии, невероятно"
                  + "|Just back from the jazz concert at the philharmonic, amazing",
              "Коли {n} була на джазовому концерті?"
                  + "|Когда {n} была на джазовом концерте?"
                  + "|When did {n} go to the jazz concert?"),
          new Event(
              "Пробігла сьогодні свій перший напівмарафон!"
                  + "|Пробежала сегодня свой первый полумарафон!"
                  + "|Ran my first half marathon today!",
              "Коли {n} пробігла напівмарафон?"
                  + "|Когда {n} пробежала полумарафон?"
                  + "|When did {n} run the half marathon?"),
          new Event(
              "Нарешті склала іспит на водійські права"
                  + "|Наконец сдала экзамен на водительские права"
                  + "|Finally passed my driving test",
              "Коли {n} склала на права?|Когда {n} сдала на права?|When did {n} pass the driving test?"),
          new Event(
              "Сьогодні гуляли на весіллі двоюрідного брата"
                  + "|Сегодня гуляли на свадьбе двоюродного брата"
                  + "|We were at my cousin's wedding today",
              "Коли {n} була на весіллі брата?"
                  + "|Когда {n} была на свадьбе брата?"
                  + "|When was {n} at the cousin's wedding?"),
          new Event(
              "Видалили сьогодні зуб мудрості, говорити важко"
                  + "|Удалили сегодня зуб мудрости, говорить трудно"
                  + "|Had my wisdom tooth out today, hard to talk",
              "Коли {n} видаляла зуб мудрості?"
                  + "|Когда {n} удаляла зуб мудрости?"
                  + "|When did {n} have the wisdom tooth out?"),
          new Event(
              "Повернулися з Праги, місто просто казкове"
                  + "|Вернулись из Праги, город просто сказочный"
                  + "|We are back from Prague, what a fairy-tale city",
              "Коли {n} їздила до Праги?|Когда {n} ездила в Прагу?|When did {n} go to Prague?"),
          new Event(
              "Сьогодні захистила диплом, свобода!"
                  + "|Сегодня защитила диплом, свобода!"
                  + "|Defended my thesis today, free at last!",
              "Коли {n} захистила диплом?|Когда {n} защитила диплом?|When did {n} defend the thesis?"),
          new Event(
              "Сьогодні отримала ключі від нової квартири"
                  + "|Сегодня получила ключи от новой квартиры"
                  + "|Got the keys to the new flat today",
              "Коли {n} отримала ключі від квартири?"
                  + "|Когда {n} получила ключи от квартиры?"
                  + "|When did {n} get the keys to the flat?"));

  /** A pastime told over three turns that never name it. */
  static final List<List<String>> TOPICS =
      List.of(
          List.of(
              "Купила новий об'єктив, тепер знімаю портрети"
                  + "|Купила новый объектив, теперь снимаю портреты"
                  + "|Bought a new lens, shooting portraits now",
              "Весь ранок ловила світанок над річкою з камерою"
                  + "|Всё утро ловила рассвет над рекой с камерой"
                  + "|Spent the morning catching the sunrise over the river with my camera",
              "Друкую свої знімки для виставки в кав'ярні"
                  + "|Печатаю свои снимки для выставки в кофейне"
                  + "|Printing my shots for an exhibition at the cafe"),
          List.of(
              "Посадила на балконі помідори й базилік"
                  + "|Посадила на балконе помидоры и базилик"
                  + "|Planted tomatoes and basil on the balcony",
              "Розсада перців нарешті зійшла"
                  + "|Рассада перцев наконец взошла"
                  + "|The pepper seedlings finally came up",
              "Купила торф і горщики, буду пересаджувати"
                  + "|Купила торф и горшки, буду пересаживать"
                  + "|Bought peat and pots, time to repot"),
          List.of(
              "Спекла сьогодні хліб на заквасці"
                  + "|Испекла сегодня хлеб на закваске"
                  + "|Baked sourdough bread today",
              "Тісто для круасанів знову не піднялося"
                  + "|Тесто для круассанов опять не поднялось"
                  + "|The croissant dough did not rise again",
              "Замовила форму для бріошей і нове борошно"
                  + "|Заказала форму для бриошей и новую муку"
                  + "|Ordered a brioche tin and new flour"),
          List.of(
              "Вчора дивилась на Сатурн у телескоп, кільця видно"
                  + "|Вчера смотрела на Сатурн в телескоп, кольца видно"
                  + "|Looked at Saturn through the telescope last night, rings visible",
              "Чекаю на зорепад у серпні, поїду за місто"
                  + "|Жду звездопад в августе, поеду за город"
                  + "|Waiting for the August meteor shower, going out of town",
              "Замовила карту зоряного неба на стіну"
                  + "|Заказала карту звёздного неба на стену"
                  + "|Ordered a star map for the wall"),
          List.of(
              "Розібрала сьогодні партію Таля, геніально"
                  + "|Разобрала сегодня партию Таля, гениально"
                  + "|Went through a Tal game today, genius",
              "Піднялася до 1800 на ліхесі"
                  + "|Поднялась до 1800 на личесе"
                  + "|Got up to 1800 on lichess",
              "Граю турнір у клубі в неділю, білими е4"
                  + "|Играю турнир в клубе в воскресенье, белыми е4"
                  + "|Playing the club tournament on Sunday, e4 with white"),
          List.of(
              "Дошила нарешті сукню з льону"
                  + "|Дошила наконец платье из льна"
                  + "|Finally finished sewing the linen dress",
              "Купила нову швейну машинку з оверлоком"
                  + "|Купила новую швейную машинку с оверлоком"
                  + "|Bought a new sewing machine with an overlocker",
              "Викрійку сорочки переробляла тричі"
                  + "|Выкройку рубашки переделывала трижды"
                  + "|Redid the shirt pattern three times"),
          List.of(
              "На світанку зловили коропа на три кіло"
                  + "|На рассвете поймали карпа на три кило"
                  + "|Caught a three-kilo carp at dawn",
              "Купила нову вудку і воблери"
                  + "|Купила новую удочку и воблеры"
                  + "|Bought a new rod and some lures",
              "Їдемо на озеро з наметом на ночівлю"
                  + "|Едем на озеро с палаткой с ночёвкой"
                  + "|Going to the lake overnight with a tent"),
          List.of(
              "Вивчила нарешті баре на гітарі"
                  + "|Выучила наконец баррэ на гитаре"
                  + "|Finally learned barre chords on the guitar",
              "Поміняла струни, звук тепер дзвінкий"
                  + "|Поменяла струны, звук теперь звонкий"
                  + "|Changed the strings, the sound is bright now",
              "Розучую пісню для виступу у клубі"
                  + "|Разучиваю песню для выступления в клубе"
                  + "|Practising a song to play at the club"));

  /** Questions whose answer is a judgement from the pastime's turns. */
  static final List<String> INFERENCE_QUESTIONS =
      List.of(
          "Чим захоплюється {n} у вільний час, як думаєте?"
              + "|Чем увлекается {n} в свободное время, как думаете?"
              + "|What do you think {n} enjoys doing in free time?",
          "Що подарувати {n} на день народження, щоб точно сподобалось?"
              + "|Что подарить {n} на день рождения, чтобы точно понравилось?"
              + "|What should we give {n} for the birthday so that it surely pleases?",
          "Куди б {n} пішла у вихідні, якби мала цілий день?"
              + "|Куда бы {n} пошла на выходных, будь у неё целый день?"
              + "|Where would {n} go on a free weekend day?");

  /** The second half of a question about two members: "and what about {n}?". */
  static final String AND_ABOUT = "А {n}?|А {n}?|And {n}?";

  /** Small talk on the facts' subjects without the facts: what makes search harder. */
  static final String DISTRACTORS =
      "{n}, як там на роботі?|{n}, как там на работе?|{n}, how is work going?\n"
          + "Хто знає гарну кав'ярню в нашому місті?|Кто знает хорошую кофейню в городе?"
          + "|Anyone know a good cafe in town?\n"
          + "Треба вигуляти собаку, бо вже скавчить|Надо выгулять собаку, уже скулит"
          + "|Need to walk the dog, he is whining\n"
          + "Сестра знову питає про машину|Сестра опять спрашивает про машину"
          + "|My sister is asking about the car again\n"
          + "Коли там наступний концерт?|Когда там следующий концерт?|When is the next concert?\n"
          + "{n}, підеш у похід на вихідних?|{n}, пойдёшь в поход на выходных?"
          + "|{n}, coming on the hike this weekend?\n"
          + "Квартиру шукаю вже другий місяць|Квартиру ищу уже второй месяц"
          + "|Been looking for a flat for two months\n"
          + "{n}, а ти коли вільна?|{n}, а ты когда свободна?|{n}, when are you free?\n"
          + "Хто в неділю на каву?|Кто в воскресенье на кофе?|Who is up for coffee on Sunday?\n"
          + "Права вже давно час міняти|Права давно пора менять|Time to renew my licence";

  /** The form of a {@code uk|ru|en} line for language 0, 1 or 2. */
  static String in(String line, int language) {
    return line.split("\\|", -1)[language];
  }
}
