import { accentedForm, mayHaveAccentedForm } from '../../src/search/did-you-mean';
import { escapeHtml, MATCH_END as E, MATCH_START as S, snippetHtml, snippetText } from '../../src/search/snippet';
import { csvCell, toCsv } from '../../src/api/csv';

describe('snippets', () => {
  test('only <mark> is markup; article text is escaped', () => {
    expect(snippetHtml(`a <b>&</b> ${S}bạn${E} "x"`)).toBe('a &lt;b&gt;&amp;&lt;/b&gt; <mark>bạn</mark> &quot;x&quot;');
  });

  test('markup inside a match is escaped too, stray markers are dropped', () => {
    expect(snippetHtml(`${S}<i>${E} ${S}open`)).toBe('<mark>&lt;i&gt;</mark> open');
    expect(snippetHtml(`x${E}y`)).toBe('xy');
  });

  test('plain text drops the markers and collapses spaces', () => {
    expect(snippetText(`  a\n\n${S}b${E}  c `)).toBe('a b c');
  });

  test('escapeHtml', () => {
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});

describe('didYouMean', () => {
  test('the marked accented sequence matching the whole query', () => {
    const crops = [`Ông ${S}Lê${E} ${S}Văn${E} ${S}Phước${E} phát biểu`, `${S}Lê${E} ${S}Văn${E} ${S}Phước${E}`, `${S}le${E} ${S}van${E}`];
    expect(accentedForm('le van phuoc', crops)).toBe('Lê Văn Phước');
  });

  test('word by word when no crop has the whole sequence', () => {
    expect(accentedForm('thi dua', [`${S}thi${E} và ${S}đua${E}`])).toBe('thi đua');
  });

  test('nothing for accented queries or words without an accented match', () => {
    expect(accentedForm('thi đua', [`${S}thi${E} ${S}đua${E}`])).toBeUndefined();
    expect(accentedForm('abc', [`${S}abc${E}`])).toBeUndefined();
    expect(accentedForm('thi dua', [`${S}thi${E}`])).toBeUndefined();
  });

  test('offered for unaccented queries of 1 to 8 words only (a longer one is a pasted title)', () => {
    expect(mayHaveAccentedForm('le van phuoc')).toBe(true);
    expect(mayHaveAccentedForm('thi đua')).toBe(false);
    expect(mayHaveAccentedForm('  ')).toBe(false);
    const nine = 'mot hai ba bon nam sau bay tam chin';
    expect(mayHaveAccentedForm(nine)).toBe(false);
    const crops = [nine.split(' ').map((w) => `${S}${w}${E}`).join(' ')];
    expect(accentedForm(nine, crops)).toBeUndefined();
  });
});

describe('CSV', () => {
  test('BOM, CRLF, quoting and formula neutralising', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['=1+1', 'Việt']])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n\'=1+1,Việt\r\n');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});
