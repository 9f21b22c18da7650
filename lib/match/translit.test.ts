import { describe, expect, it } from 'vitest';
import type { Entity } from '../kb/types';
import { Matcher } from './matcher';
import { germanSpellings } from './patterns';
import { transliterations } from './translit';

describe('transliterations', () => {
  // Spellings as the German and English press print them.
  it.each([
    ['Сергей Кужугетович Шойгу', 'ru', ['Sergei Schoigu', 'Sergey Shoygu', 'Sergei Shoigu']],
    ['Мария Захарова', 'ru', ['Marija Sacharowa', 'Mariya Zakharova']],
    ['Дмитрий Песков', 'ru', ['Dmitri Peskow', 'Dmitry Peskov', 'Dmitri Peskov']],
    ['Евгений Пригожин', 'ru', ['Jewgeni Prigoschin', 'Yevgeny Prigozhin', 'Yevgeni Prigozhin']],
    ['Александр Бортников', 'ru', ['Alexander Bortnikow', 'Aleksandr Bortnikov']],
    ['Василий Небензя', 'ru', ['Wassili Nebensja', 'Vasily Nebenzya', 'Vasili Nebenzya']],
    ['Пётр Толстой', 'ru', ['Pjotr Tolstoi', 'Pyotr Tolstoy', 'Pyotr Tolstoi']],
    ['Рустем Умєров', 'uk', ['Rustem Umjerow', 'Rustem Umierov', 'Rustem Umyerov']],
    ['Олексій Гончаренко', 'uk', ['Oleksij Hontscharenko', 'Oleksii Honcharenko', 'Oleksiy Honcharenko']],
    ['Володимир Зеленський', 'uk', ['Wolodymyr Selenskyj', 'Volodymyr Zelenskyi', 'Volodymyr Zelenskyy']],
    ['Євген Хмара', 'uk', ['Jewhen Chmara', 'Yevhen Khmara']],
    ["Мар'яна Безугла", 'uk', ['Marjana Besuhla', 'Mariana Bezuhla', 'Maryana Bezuhla']],
    ['Аляксандр Лукашэнка', 'be', ['Aljaksandr Lukaschenka', 'Aliaksandr Lukashenka', 'Alyaksandr Lukashenka']],
    ['Святлана Ціханоўская', 'be', ['Swjatlana Zichanouskaja', 'Sviatlana Tsikhanouskaya', 'Svyatlana Tsikhanouskaya']],
    ['Алесь Бяляцкі', 'be', ['Ales Bjaljazki', 'Ales Bialiatski', 'Ales Byalyatski']],
  ] as const)('%s (%s)', (cyrillic, lang, expected) => {
    expect(transliterations(cyrillic, lang)).toEqual(expected);
  });

  it('makes nothing of a name that is not all Cyrillic, or of letters the language lacks', () => {
    expect(transliterations('Олексій Гончаренко', 'ru')).toEqual([]);
    expect(transliterations('Путин', 'ru')).toEqual([]);
    expect(transliterations('Herr Путин', 'ru')).toEqual([]);
  });
});

describe('names spelled from their Cyrillic', () => {
  const d = { de: 'x', en: 'x' };
  const umerov: Entity = { id: 'rustem-umerov', type: 'person', names: { de: 'Rustem Umerow', en: 'Rustem Umerov', uk: 'Рустем Умєров' }, description: d, links: [{ rel: 'citizen-of', to: 'ukraine' }] };
  const medvedev: Entity = { id: 'dmitry-medvedev', type: 'person', names: { de: 'Dmitri Medwedew', en: 'Dmitry Medvedev', uk: 'Дмитро Медведєв' }, description: d, links: [{ rel: 'citizen-of', to: 'russia' }] };
  const matcher = new Matcher([umerov, medvedev]);

  it('find a person under the spelling the press made, and the bare surname after it', () => {
    expect(matcher.annotate('Rustem Umierov traf Rustem Umjerow. Umierov sagte, Umjerows Plan stehe.').map((m) => [m.text, m.id])).toEqual([
      ['Rustem Umierov', 'rustem-umerov'],
      ['Rustem Umjerow', 'rustem-umerov'],
      ['Umierov', 'rustem-umerov'],
      ['Umjerows', 'rustem-umerov'],
    ]);
  });

  it('spell no Russian by his Ukrainian name', () => {
    expect(matcher.annotate('Dmytro Medvediev, Dmytro Medwedjew').map((m) => m.id)).toEqual([]);
    const ukrainian = new Matcher([{ ...medvedev, links: [{ rel: 'citizen-of', to: 'ukraine' }] }]);
    expect(ukrainian.annotate('Dmytro Medvediev, Dmytro Medwedjew').map((m) => m.id)).toEqual(['dmitry-medvedev', 'dmitry-medvedev']);
  });
});

describe('germanSpellings', () => {
  // Words of Arabic and Persian names in English transliteration, and how the German press writes them.
  it.each([
    ['araghchi', ['araghtschi']],
    ['larijani', ['laridschani']],
    ['shamkhani', ['schamchani']],
    ['vahidi', ['wahidi']],
    ['mousavi', ['musawi', 'mussawi']],
    ['qassem', ['kassem']],
    ['yahya', ['jahja']],
    ['sayyari', ['sajjari']],
    ['heydari', ['heidari']],
    ['baghaei', ['baghai']],
    // An s made from z is never doubled: Kasemi, not Kassemi.
    ['kazemi', ['kasemi']],
    ['izz', ['iss']],
    // Already German, or nothing to change.
    ['schamchani', []],
    ['salami', []],
  ])('%s → %j', (word, expected) => {
    expect(germanSpellings(word)).toEqual(expected);
  });
});
