import { exactForm, exactKey, hasDiacritics } from '../../src/text';

describe('exactKey', () => {
  it.each([
    ['bạn', 'banj'],
    ['bàn', 'banf'],
    ['bán', 'bans'],
    ['bản', 'banr'],
    ['bãn', 'banx'],
    ['ban', 'ban'],
    ['đường', 'dduwowngf'],
    ['ă', 'aw'],
    ['â', 'aa'],
    ['ê', 'ee'],
    ['ô', 'oo'],
    ['ơ', 'ow'],
    ['ư', 'uw'],
    ['đ', 'dd'],
  ])('%s → %s', (word, key) => {
    expect(exactKey(word)).toBe(key);
  });

  it('lower-cases and ignores where the tone was placed', () => {
    expect(exactKey('HOÀ')).toBe('hoaf');
    expect(exactKey('Hòa')).toBe('hoaf');
  });

  it('reads decomposed input', () => {
    expect(exactKey('ba\u0323n')).toBe('banj');
  });

  it('keeps accented and unaccented spellings apart', () => {
    const keys = ['ban', 'bạn', 'bàn', 'bán', 'bản', 'bãn', 'băn', 'bân'].map(exactKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('passes words without diacritics through lower-cased', () => {
    expect(exactKey('COVID')).toBe('covid');
    expect(exactKey('2020')).toBe('2020');
  });

  it('produces only ASCII for Vietnamese words, so engine folding cannot change it', () => {
    expect(exactKey('Nguyễn')).toMatch(/^[a-z]+$/);
  });
});

describe('exactForm', () => {
  it('maps each word to its key, drops punctuation, single spaces', () => {
    expect(exactForm('Bạn và tôi, “Hà Nội”!  2020')).toBe('banj vaf tooi haf nooij 2020');
  });

  it('splits hyphenated and slashed words', () => {
    expect(exactForm('kinh tế-xã hội 27/7')).toBe('kinh tees xax hooij 27 7');
  });

  it('returns an empty string for punctuation only', () => {
    expect(exactForm(' – … ')).toBe('');
  });
});

describe('hasDiacritics', () => {
  it('is true for tones, shape marks and đ', () => {
    expect(hasDiacritics('bạn')).toBe(true);
    expect(hasDiacritics('ân')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('ba\u0301n')).toBe(true);
  });

  it('is false for plain ASCII', () => {
    expect(hasDiacritics('ban 2020 ABC')).toBe(false);
  });
});
