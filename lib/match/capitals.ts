// Capitals of states as matching keys (lower case, no diacritics): the matcher reads them as their
// states (matcher.ts), and the forms of persons leave them alone (patterns.ts).

/**
 * Capitals that stand for their state's government in the press ("Kyiv said", "Moskau
 * dementierte"), German and English spellings. Not Sanaa (the Houthis'), Tripoli (Libya's and
 * Lebanon's) or Brussels (the EU's).
 */
export const CAPITAL_NAMES: ReadonlyArray<readonly [state: string, names: readonly string[]]> = [
  ['russia', ['moskau', 'moscow']], ['ukraine', ['kiew', 'kyjiw', 'kyiv', 'kiev']], ['iran', ['teheran', 'tehran']], ['syria', ['damaskus', 'damascus']],
  ['iraq', ['bagdad', 'baghdad']], ['lebanon', ['beirut']], ['israel', ['jerusalem']], ['turkey', ['ankara']], ['belarus', ['minsk']],
  ['north-korea', ['pjongjang', 'pyongyang']], ['south-korea', ['seoul']], ['china', ['peking', 'beijing']], ['japan', ['tokio', 'tokyo']],
  ['united-states', ['washington']], ['germany', ['berlin']], ['france', ['paris']], ['united-kingdom', ['london']], ['poland', ['warschau', 'warsaw']],
  ['saudi-arabia', ['riad', 'riyadh']], ['qatar', ['doha']], ['egypt', ['kairo', 'cairo']], ['jordan', ['amman']], ['azerbaijan', ['baku']],
  ['armenia', ['eriwan', 'yerevan']], ['georgia', ['tiflis', 'tbilisi']], ['pakistan', ['islamabad']], ['austria', ['wien', 'vienna']],
  ['norway', ['oslo']], ['sweden', ['stockholm']], ['finland', ['helsinki']], ['denmark', ['kopenhagen', 'copenhagen']], ['italy', ['rom', 'rome']],
  ['spain', ['madrid']], ['portugal', ['lissabon', 'lisbon']], ['greece', ['athen', 'athens']], ['hungary', ['budapest']], ['czechia', ['prag', 'prague']],
  ['slovakia', ['bratislava']], ['romania', ['bukarest', 'bucharest']], ['serbia', ['belgrad', 'belgrade']],
  ['lithuania', ['vilnius', 'wilna']], ['latvia', ['riga']], ['estonia', ['tallinn']], ['moldova', ['chisinau', 'kischinau', 'kischinjow']],
  ['switzerland', ['bern']], ['canada', ['ottawa']], ['australia', ['canberra']], ['ireland', ['dublin']], ['croatia', ['zagreb']],
  ['slovenia', ['ljubljana']], ['albania', ['tirana']], ['oman', ['maskat', 'muscat']], ['yemen', ['sanaa']], ['afghanistan', ['kabul']],
  ['sudan', ['khartum', 'khartoum']], ['bahrain', ['manama']], ['algeria', ['algier', 'algiers']], ['tunisia', ['tunis']], ['morocco', ['rabat']],
  ['cyprus', ['nikosia', 'nicosia']], ['vietnam', ['hanoi']], ['thailand', ['bangkok']], ['philippines', ['manila']], ['indonesia', ['jakarta']],
  ['taiwan', ['taipeh', 'taipei']], ['uzbekistan', ['taschkent', 'tashkent']], ['kyrgyzstan', ['bischkek', 'bishkek']],
  ['tajikistan', ['duschanbe', 'dushanbe']], ['turkmenistan', ['aschgabat', 'ashgabat']], ['venezuela', ['caracas']], ['cuba', ['havanna', 'havana']],
  ['brazil', ['brasilia']], ['kenya', ['nairobi']], ['mali', ['bamako']], ['niger', ['niamey']],
  ['burkina-faso', ['ouagadougou']], ['chad', ['ndjamena']], ['central-african-republic', ['bangui']], ['nigeria', ['abuja']],
];

/** Every capital's key: no person's implied surname ("Jacques Paris … Paris"). */
export const CAPITAL_KEYS: ReadonlySet<string> = new Set(CAPITAL_NAMES.flatMap(([, names]) => names));
