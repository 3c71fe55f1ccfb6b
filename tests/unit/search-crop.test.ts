/** Snippets cut by the API (crop.ts, match-words.ts), the word scanner and the facet values shown. */
import { cropText, highlightText, type MatchWords } from '../../src/search/crop';
import { accentedForm } from '../../src/search/did-you-mean';
import { topValues } from '../../src/search/facets';
import { matchWordsOf } from '../../src/search/match-words';
import { planSearch } from '../../src/search/plan';
import { analyzeQuery, normalizeQuery } from '../../src/search/query';
import { MATCH_END as E, MATCH_START as S, snippetHtml } from '../../src/search/snippet';
import { replaceWordRuns, wordsIn } from '../../src/search/words';

/** The match words the API uses for `q` (relevance order, no filters). */
function matchOf(q: string): MatchWords {
  const query = analyzeQuery(normalizeQuery(q));
  return matchWordsOf(query, planSearch(query, [], 'relevance'));
}

/** The marked passages of a crop, in order. */
function marked(crop: string): string[] {
  return [...crop.matchAll(new RegExp(`${S}([^${E}]*)${E}`, 'g'))].map((m) => m[1]);
}

/** `n` filler words. */
function filler(n: number, word = 'chữ'): string {
  return Array.from({ length: n }, () => word).join(' ');
}

describe('crops', () => {
  test('marks every accent form of the query words as written, and cuts around the matches', () => {
    const text = `${filler(50)} Ông Lê Văn Phước, Phó Chủ tịch UBND tỉnh, phát biểu. ${filler(50)}`;
    const crop = cropText(text, matchOf('le van phuoc'), 10);
    expect(marked(crop)).toEqual(['Lê', 'Văn', 'Phước']);
    expect(crop.startsWith('…')).toBe(true);
    expect(crop.endsWith('…')).toBe(true);
    expect(crop.split(' ').length).toBeLessThanOrEqual(12);
  });

  test('the window with the most distinct query words wins over an earlier one with fewer', () => {
    const text = `Phước đến. ${filler(40)} Lê Văn Phước phát biểu. ${filler(40)}`;
    expect(marked(cropText(text, matchOf('le van phuoc'), 10))).toEqual(['Lê', 'Văn', 'Phước']);
  });

  test('the first window with every query word is shown: a later one with more matches does not replace it', () => {
    const text = `${filler(20)} Ông Lê Văn Phước phát biểu. ${filler(60)} Lê Văn Phước, Lê Văn Phước. ${filler(20)}`;
    const crop = cropText(text, matchOf('le van phuoc'), 10);
    expect(marked(crop)).toEqual(['Lê', 'Văn', 'Phước']);
    expect(crop).toContain('Ông');
    expect(crop.endsWith('…')).toBe(true);
    // Until every word is there, the scan goes on: the later, complete window wins over an early partial one.
    expect(marked(cropText(`Phước đến. ${filler(40)} Lê Văn Phước đến.`, matchOf('le van phuoc'), 10))).toEqual(['Lê', 'Văn', 'Phước']);
    // A text that ends right after the window gets no trailing marker.
    expect(cropText('Ông Lê Văn Phước.', matchOf('le van phuoc'), 10).endsWith('…')).toBe(false);
  });

  test('an accented query: the first window with every word written as typed, other accent forms around it allowed', () => {
    const text = `${filler(20)} Bàn ghế mới. Bạn tôi ngồi đọc. ${filler(60)} Bạn bè. ${filler(20)}`;
    const crop = cropText(text, matchOf('bạn'), 10);
    expect(marked(crop)).toEqual(['Bàn', 'Bạn']);
    expect(crop.endsWith('…')).toBe(true);
  });

  test('an accented query prefers the words written as typed over other accent forms', () => {
    const text = `Họ hưởng lợi. ${filler(40)} Mùi hương quê. ${filler(40)}`;
    expect(marked(cropText(text, matchOf('hương'), 8))).toEqual(['hương']);
  });

  test('a word typed with accents counts as typed whatever its case (sentence start, headline capitals)', () => {
    const text = `${filler(20)} bàn ghế mới. ${filler(40)} Bạn tôi đến. ${filler(40)} BẠN ĐỌC VIẾT. ${filler(20)}`;
    expect(marked(cropText(text, matchOf('bạn'), 8))).toEqual(['Bạn']);
    expect(marked(cropText(text.replace('Bạn tôi', 'Ban tôi'), matchOf('bạn'), 8))).toEqual(['BẠN']);
  });

  test('a number typed in another format than the text does not keep a crop from stopping at the first window with the other words', () => {
    // "10400" is written "10.400": without the early stop the later, denser window would be found.
    const text = `Dự án 10.400 tỷ đồng được duyệt. ${filler(60)} Dự án tỷ đồng, dự án tỷ đồng nữa. ${filler(60)}`;
    expect(marked(cropText(text, matchOf('10400 tỷ đồng dự án'), 12))).toEqual(['Dự', 'án', 'tỷ', 'đồng']);
  });

  test('without a match: the start of the text, cut with a marker', () => {
    const crop = cropText(filler(50), matchOf('xyz'), 10);
    expect(crop).toBe(`${filler(10)}…`);
    expect(cropText('', matchOf('xyz'))).toBe('');
  });

  test('the last typed word matches as a prefix, marked as far as typed', () => {
    expect(marked(cropText('Tỉnh An Giang đón khách', matchOf('tinh an gia')))).toEqual(['Tỉnh', 'An', 'Gia']);
    // Too short a prefix would mark half the vocabulary (bà → bản, báo).
    expect(marked(cropText('Bà đọc báo', matchOf('ba')))).toEqual(['Bà']);
  });

  test('an abbreviation and its expansion both match', () => {
    const text = 'Ủy ban nhân dân tỉnh họp. UBND tỉnh An Giang ra quyết định.';
    expect(marked(cropText(text, matchOf('ubnd')))).toEqual(['Ủy', 'ban', 'nhân', 'dân', 'UBND']);
  });

  test('a crop is read by the snippet and didYouMean as an engine crop was', () => {
    const crop = cropText('Ông <b>Lê Văn Phước</b> & cộng sự', matchOf('le van phuoc'));
    expect(snippetHtml(crop)).toBe('Ông &lt;b&gt;<mark>Lê</mark> <mark>Văn</mark> <mark>Phước</mark>&lt;/b&gt; &amp; cộng sự');
    expect(accentedForm('le van phuoc', [crop])).toBe('Lê Văn Phước');
  });

  test('titles are highlighted whole, separators and edges kept', () => {
    expect(highlightText('«Lê Văn Phước»', matchOf('phuoc'))).toBe(`«Lê Văn ${S}Phước${E}»`);
  });

  test('characters of every UTF-8 length are cut and marked whole: emoji separate words, İ folds to i', () => {
    const text = `${filler(20)} Giải 🏆 thi đua ₫ 10.000 İstanbul ${filler(20)}`;
    const crop = cropText(text, matchOf('thi dua istanbul'), 10);
    expect(marked(crop)).toEqual(['thi', 'đua', 'İstanbul']);
    expect(crop).toContain('Giải 🏆 ');
    expect(crop).toContain(' ₫ 10.000 ');
    expect(highlightText('🏆 Thi đua', matchOf('thi'))).toBe(`🏆 ${S}Thi${E} đua`);
  });

  test('excluded words are never marked', () => {
    expect(marked(cropText('thi đua và khen thưởng', matchOf('thi dua -khen')))).toEqual(['thi', 'đua']);
  });
});

describe('words', () => {
  test('the same words as the Unicode regex, astral letters and stray marks included', () => {
    const texts = ['Đường Hồ Chí Minh, 10.400 tỷ', 'tp.hcm—x_y', 'a\u0301b 𝐀𝐁 c', '', '  '];
    for (const text of texts) expect(wordsIn(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  });

  test('runs of words are replaced whatever separates them, whole words only', () => {
    expect(replaceWordRuns('uy ban nhan dan tinh, uy-ban nhan dan', ['uy', 'ban', 'nhan', 'dan'], 'ubnd')).toBe('ubnd tinh, ubnd');
    expect(replaceWordRuns('tp.hcm', ['tp', 'hcm'], 'x')).toBe('x');
    expect(replaceWordRuns('tphcm hcm', ['hc'], 'x')).toBe('tphcm hcm');
  });
});

describe('facet values', () => {
  test('most frequent first, ties in Vietnamese order, cut at the limit', () => {
    const engineOrder = { 'Hà Nội': 5, 'Đà Nẵng': 2, 'Cần Thơ': 2, 'Bình Dương': 2, Huế: 1 };
    expect(topValues(engineOrder, 3)).toEqual([
      { value: 'Hà Nội', count: 5 },
      { value: 'Bình Dương', count: 2 },
      { value: 'Cần Thơ', count: 2 },
    ]);
  });

  test('years (enumerated in numeric order, not by count) are still ranked by count', () => {
    expect(topValues({ '2016': 1, '2017': 9, '2020': 3 }, 2)).toEqual([
      { value: '2017', count: 9 },
      { value: '2020', count: 3 },
    ]);
    expect(topValues(undefined, 5)).toEqual([]);
  });
});
