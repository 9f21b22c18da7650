import { describe, expect, it } from 'vitest';
import { locateName } from './locate';
import { entityFacts } from './snapshot';

describe('locateName', () => {
  const shoigu = entityFacts('sergei-shoigu', []);
  it('finds the earliest name, whatever its case, with context up to a cut', () => {
    expect(locateName('Laut SCHOIGU und Shoigu …', shoigu)).toEqual({ exact: 'SCHOIGU', prefix: 'Laut ', suffix: ' und Shoigu ' });
    expect(locateName('… gestern sagte Schoigus Sprecher', shoigu)).toEqual({ exact: 'Schoigu', prefix: ' gestern sagte ', suffix: 's Sprecher' });
    expect(locateName('Niemand', shoigu)).toBeUndefined();
  });

  it('matches acronyms only in their case and never splits an emoji', () => {
    const irgc = entityFacts('irgc', []);
    expect(locateName('the irgc, the IRGC', irgc)?.prefix).toBe('the irgc, the ');
    const emoji = '🚀'.repeat(20);
    const found = locateName(`${emoji}IRGC${emoji}`, irgc)!;
    expect(found.prefix).toBe('🚀'.repeat(16));
    expect(found.suffix).toBe('🚀'.repeat(16));
  });
});
