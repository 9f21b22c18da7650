import { describe, expect, it } from 'vitest';
import { withDefinedAcronyms } from './acronyms';
import type { Mention } from './matcher';

/** The mention of `name` at its first place in `text`. */
function at(text: string, name: string, id: string): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, id, type: 'organization' };
}

const shown = (mentions: Mention[]) => mentions.map((m) => `${m.start}:${m.text}=${m.id}`);

describe('acronyms a text defines', () => {
  it('reads later occurrences as the defined entity, replacing another reading and adding unknown ones', () => {
    const text = 'The Social Design Agency (‘SDA’) ran it. SDA staff and the SDA’s founder; the Swiss SDA.';
    const swiss = text.lastIndexOf('SDA');
    const mentions = [at(text, 'Social Design Agency', 'sda-ru'), { start: swiss, end: swiss + 3, text: 'SDA', id: 'keystone-sda', type: 'organization' as const }];
    expect(shown(withDefinedAcronyms(text, mentions))).toEqual([
      '4:Social Design Agency=sda-ru', '27:SDA=sda-ru', '41:SDA=sda-ru', '59:SDA=sda-ru', `${swiss}:SDA=sda-ru`,
    ]);
  });

  it('takes letters in brackets for an acronym only where they are the initials of the name', () => {
    const text = 'The Federal Security Service (Moscow) said. Moscow agreed. The Federal Security Service (FSS) and FSS.';
    const mentions = [at(text, 'Federal Security Service', 'fsb')];
    expect(shown(withDefinedAcronyms(text, mentions))).toEqual(['4:Federal Security Service=fsb']);
  });

  it('leaves the letters inside other words and in headlines in capitals alone', () => {
    const text = 'Islamic State (IS) fighters. THIS IS WAR. ISIS and IS-Kämpfer.';
    const mentions = [at(text, 'Islamic State', 'islamic-state')];
    expect(shown(withDefinedAcronyms(text, mentions))).toEqual(['0:Islamic State=islamic-state', '15:IS=islamic-state', '51:IS=islamic-state']);
  });
});
