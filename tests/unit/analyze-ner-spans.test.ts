/**
 * What the analysis sends to the NER tagger: only clauses that can hold a name (a capital past
 * the sentence's first word), with a few words of context, and rows that still cover the text.
 */
import { nerTagWithoutChunks, tagArticle } from '../../src/analysis/article-ner';
import { nerSpans } from '../../src/analysis/ner-spans';
import { nerTag } from '../../src/analysis/nlp';

const spanTexts = (paragraph: string, margin?: number): string[] =>
  nerSpans(paragraph, margin).map((s) => paragraph.slice(s.start, s.end));

describe('nerSpans', () => {
  it('skips sentences whose only capital is their first word', () => {
    expect(spanTexts('Giá xăng tăng mạnh. Trời mưa to cả ngày.', 0)).toEqual([]);
  });

  it('keeps a clause with a capital past the sentence start, without the clauses around it', () => {
    const paragraph = 'Sáng nay, tại Hà Nội, giá xăng tăng, dầu giảm.';
    expect(spanTexts(paragraph, 0)).toEqual(['tại Hà Nội, ']);
  });

  it('keeps acronyms and sentence-initial names followed by more capitals', () => {
    expect(spanTexts('Theo UBND tỉnh, giá tăng.', 0)).toEqual(['Theo UBND tỉnh, ']);
    expect(spanTexts('Nguyễn Văn A cho biết vậy.', 0)).toEqual(['Nguyễn Văn A cho biết vậy.']);
  });

  it('widens spans by the context words and merges the ones that meet', () => {
    const paragraph = 'Trời mưa to. Sáng nay, tại Hà Nội, giá xăng tăng, dầu giảm, còn gạo thì đứng yên.';
    expect(spanTexts(paragraph, 3)).toEqual(['to. Sáng nay, tại Hà Nội, giá xăng tăng']);
    expect(spanTexts('Ông Lê Văn Tám và bà Trần Thị Hoa, hai người.', 2)).toEqual(['Ông Lê Văn Tám và bà Trần Thị Hoa, hai người']);
  });
});

describe('tagArticle', () => {
  const paragraph = 'Sáng 9/5, Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình đã làm việc với Bộ Y tế về dự án.';

  it('gives the NER rows of nerTag, less the chunk column, for a text it tags whole', () => {
    expect(nerTagWithoutChunks(paragraph)).toEqual(nerTag(paragraph).map(([w, pos, , ner]) => [w, pos, '', ner]));
  });

  it("covers skipped text with untagged 'O' rows, in text order", () => {
    const text = `Trời mưa to cả ngày, gió mạnh, sông dâng cao, nhiều nhà bị ngập nặng.\n${paragraph}`;
    const rows = tagArticle(text);
    expect(rows.slice(0, 3)).toEqual([['Trời', '', '', 'O'], ['mưa', '', '', 'O'], ['to', '', '', 'O']]);
    expect(rows).toContainEqual(['Nguyễn', 'Np', '', 'B-PER']);
    let cursor = 0;
    for (const [word] of rows) {
      const at = text.indexOf(word, cursor);
      expect(at).toBeGreaterThanOrEqual(cursor);
      cursor = at + word.length;
    }
  });
});
