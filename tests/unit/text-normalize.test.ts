import { normalizeQuotes, normalizeSyllable, normalizeText } from '../../src/text';

describe('normalizeText: tone placement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['thuỷ', 'thủy'],
    ['Hoá', 'Hóa'],
    ['khoẻ', 'khỏe'],
    ['qúy', 'quý'],
    ['uỷ ban', 'ủy ban'],
    ['tuỳ', 'tùy'],
    ['ngoaì', 'ngoài'],
    ['khuyủ', 'khuỷu'],
  ])('writes %s as %s (tone on the first vowel of open oa/oe/uy)', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('puts the tone on the last vowel of a closed syllable', () => {
    expect(normalizeText('hòang hùynh tóan')).toBe('hoàng huỳnh toán');
  });

  it('gives the tone to the vowel with a circumflex, breve or horn', () => {
    expect(normalizeText('thủơ ngừơi qúyêt cuôí')).toBe('thuở người quyết cuối');
  });

  it('treats the u of qu- and the i of gi- as part of the consonant', () => {
    expect(normalizeText('qúa gía gíup gìn gì')).toBe('quá giá giúp gìn gì');
  });

  it('preserves case while moving the tone', () => {
    expect(normalizeText('HOÀ Thuỷ QÚY')).toBe('HÒA Thủy QUÝ');
  });

  it('repairs a tone written on the wrong vowel of a diphthong', () => {
    expect(normalizeText('baó')).toBe('báo');
  });

  it('leaves foreign and run-together words alone', () => {
    expect(normalizeText('café José Pokémon đâyẢnh')).toBe('café José Pokémon đâyẢnh');
  });

  it('normalizeSyllable changes one syllable only', () => {
    expect(normalizeSyllable('Khoẻ')).toBe('Khỏe');
    expect(normalizeSyllable('Hà')).toBe('Hà');
  });
});

describe('normalizeText: Unicode repairs', () => {
  it('composes decomposed input to NFC', () => {
    expect(normalizeText('a\u0301 Vie\u0302\u0323t')).toBe('á Việt');
  });

  it('lets a stray tone mark on a toned letter replace its tone', () => {
    expect(normalizeText('ho\u00e0\u0301')).toBe('hóa');
    expect(normalizeText('b\u1ea3\u0301o')).toBe('báo');
  });

  it('applies a stray shape mark to the vowel before it', () => {
    expect(normalizeText('\u1ea3\u0302')).toBe('ẩ');
  });

  it('drops combining marks that follow a space or punctuation', () => {
    expect(normalizeText('\u0323trường, \u0301x')).toBe('trường, x');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(normalizeText('Hà\u200b Nội\ufeff\u00ad\u2060 ca\u200dfe')).toBe('Hà Nội cafe');
  });

  it('turns Unicode spaces into one space, keeping newlines', () => {
    expect(normalizeText('a\u00a0\u00a0b\u2009c\t\td  \n  e\u3000f\r\ng')).toBe('a b c d\ne f\ng');
  });

  it('keeps curly quotes as written', () => {
    expect(normalizeText('phong trào “Người tốt, việc tốt”')).toBe('phong trào “Người tốt, việc tốt”');
  });
});

describe('normalizeQuotes', () => {
  it('maps every double-quote variant to " and every single-quote variant to \'', () => {
    expect(normalizeQuotes('“a” „b‟ «c» ″d″ ‘e’ ‚f‛ g′')).toBe('"a" "b" "c" "d" \'e\' \'f\' g\'');
  });
});
