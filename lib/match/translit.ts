// The Latin spellings the German and English press give a Russian, Ukrainian or Belarusian name,
// made from its Cyrillic: "Умєров" is Umjerow, Umierov, Umyerov. Pure string work; the matcher adds them as forms.

type Table = Record<string, string>;

/** Letters every system writes alike. */
const COMMON: Table = { а: 'a', б: 'b', д: 'd', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', ъ: '', ь: '', 'ʼ': '', "'": '', '’': '' };

/**
 * One system: its letters, and those written otherwise at the start of a word or after a vowel
 * ("Jewgeni", "Yevhen"; "Sergei" but "Juri"). `ss`: с between vowels is doubled, as German writes
 * it ("Wassili"; з stays one s: "Besuhla"). `groups`: letters written together, anywhere ("кс" as
 * x) or only at the end of a word (Russian -ий, -ый).
 */
interface System {
  letters: Table;
  initial: Table;
  afterVowel: Table;
  ss: boolean;
  groups: readonly Group[];
}

type Group = readonly [cyrillic: string, latin: string, where: 'end' | 'any'];

const RU_VOWELS = 'аеёиоуыэюяєіїўaeiouy';

function system(letters: Table, initial: Table = {}, afterVowel: Table = {}, ss = false, groups: readonly Group[] = []): System {
  return { letters: { ...COMMON, ...letters }, initial, afterVowel, ss, groups };
}

/** Russian as the German press writes it (Duden): Schoigu, Sacharowa, Peskow, Fjodor. */
const RU_DE = system(
  { в: 'w', г: 'g', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'j', с: 's', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ы: 'y', э: 'e', ю: 'ju', я: 'ja' },
  { е: 'je' },
  { е: 'je', й: 'i' },
  true,
  [['ий', 'i', 'end'], ['ый', 'y', 'end'], ['андр', 'ander', 'end'], ['кс', 'x', 'any'], ['ьо', 'jo', 'any']],
);

/** Russian as the English press writes it, in its two habits: Sergey Shoygu, Dmitry; Sergei, Dmitri. */
const RU_EN_Y = system(
  { в: 'v', г: 'g', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', с: 's', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya' },
  { е: 'ye' },
  { е: 'ye' },
  false,
  [['ий', 'y', 'end'], ['ый', 'y', 'end'], ['ьо', 'yo', 'any']],
);
const RU_EN_I = system({ ...RU_EN_Y.letters, й: 'i' }, RU_EN_Y.initial, RU_EN_Y.afterVowel, false, [['ий', 'i', 'end'], ...RU_EN_Y.groups.filter(([cyrillic]) => cyrillic !== 'ий')]);

/** Ukrainian in the official romanisation (2010) that Kyiv and much of the English press use: Oleksii, Umierov. */
const UK_EN = system(
  { в: 'v', г: 'h', ґ: 'g', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', с: 's', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'iu', я: 'ia' },
  { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
  {},
);

/** Ukrainian as the older English habit writes it: Oleksiy, Yevhen, Mariya. */
const UK_EN_Y = system({ ...UK_EN.letters, є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }, UK_EN.initial, {}, false, [['ьо', 'yo', 'any']]);

/** Ukrainian as the German press writes it (Duden): Oleksij Hontscharenko, Jewhen, Kyjiw. */
const UK_DE = system(
  { в: 'w', г: 'h', ґ: 'g', е: 'e', є: 'je', ж: 'sch', з: 's', и: 'y', і: 'i', ї: 'ji', й: 'j', с: 's', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ю: 'ju', я: 'ja' },
  {},
  {},
  true,
  [['ьо', 'jo', 'any']],
);

/** Belarusian as the English press writes it after Minsk's official romanisation: Aliaksandr, Sviatlana Tsikhanouskaya. */
const BE_EN_I = system(
  { в: 'v', г: 'h', е: 'e', ё: 'io', ж: 'zh', з: 'z', і: 'i', й: 'i', с: 's', ў: 'u', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', э: 'e', ю: 'iu', я: 'ia' },
  { е: 'ye', ё: 'yo', й: 'y', ю: 'yu', я: 'ya' },
  { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya' },
);

/** Belarusian in the older English habit (RFE/RL): Alyaksandr Lukashenka, Svyatlana. */
const BE_EN_Y = system({ ...BE_EN_I.letters, ё: 'yo', й: 'y', ю: 'yu', я: 'ya' }, BE_EN_I.initial, BE_EN_I.afterVowel);

/** Belarusian as the German press writes it: Swjatlana Zichanouskaja, Aljaksandr Lukaschenka. */
const BE_DE = system(
  { в: 'w', г: 'h', е: 'e', ё: 'jo', ж: 'sch', з: 's', і: 'i', й: 'j', с: 's', ў: 'u', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', ы: 'y', э: 'e', ю: 'ju', я: 'ja' },
  { е: 'je' },
  { е: 'je' },
  true,
);

const SYSTEMS = { ru: [RU_DE, RU_EN_Y, RU_EN_I], uk: [UK_DE, UK_EN, UK_EN_Y], be: [BE_DE, BE_EN_I, BE_EN_Y] } as const;

/** A patronymic: dropped, as the press drops it ("Sergei Kuzhugetovich Shoigu" is written "Sergei Shoigu"). */
const PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|івна|ївна)$/;

/**
 * The Latin spellings of a Cyrillic full name in the language's systems, each as "Given Surname";
 * none if the name is not all Cyrillic words.
 */
export function transliterations(cyrillic: string, lang: keyof typeof SYSTEMS): string[] {
  let words = cyrillic.trim().split(/\s+/);
  if (words.length === 3 && PATRONYMIC.test(words[1]!.toLowerCase())) words = [words[0]!, words[2]!];
  if (words.length < 2 || !words.every((word) => /^[\p{Script=Cyrillic}ʼ'’-]+$/u.test(word))) return [];
  const spellings: string[] = [];
  for (const sys of SYSTEMS[lang]) {
    const parts = words.map((word) => word.split('-').map((part) => romanize(part, sys)));
    // A letter the system has no spelling for (Ukrainian і in a Russian name): no spelling at all.
    if (parts.some((word) => word.includes(''))) continue;
    const latin = parts.map((word) => word.join('-')).join(' ');
    if (!spellings.includes(latin)) spellings.push(latin);
  }
  return spellings;
}

/** One word in one system, capitalised as the Cyrillic was. */
function romanize(word: string, sys: System): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const rest = lower.slice(i);
    const group = sys.groups.find(([cyr, , where]) => rest.startsWith(cyr) && (where === 'any' || rest.length === cyr.length));
    if (group) {
      out += group[1];
      i += group[0].length - 1;
      continue;
    }
    const ch = lower[i]!;
    const before = i === 0 ? '' : lower[i - 1]!;
    // A soft or hard sign before a vowel counts as a vowel: "Ilja", "Podjatschew".
    let latin = (i === 0 ? sys.initial[ch] : RU_VOWELS.includes(before) || before === 'ь' || before === 'ъ' ? sys.afterVowel[ch] : undefined) ?? sys.letters[ch];
    if (latin === undefined) return '';
    if (sys.ss && ch === 'с' && before !== '' && RU_VOWELS.includes(before) && i + 1 < lower.length && RU_VOWELS.includes(lower[i + 1]!)) latin = 'ss';
    out += latin;
  }
  return word[0] === word[0]!.toLowerCase() ? out : out.charAt(0).toUpperCase() + out.slice(1);
}
