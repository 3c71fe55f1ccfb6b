import { analyzeArticle } from '../../src/analysis/analyze';
import type { RawArticle } from '../../src/types';

const raw = (body: string, title = 'Tiêu đề'): RawArticle => ({ title, body, origin: 'test' });

describe('analyzeArticle on bad input', () => {
  it('returns an empty analysis for an empty article', () => {
    const a = analyzeArticle(raw('', ''));
    expect(a).toMatchObject({ title: '', body: '', people: [], documents: [], movements: [], publishedAt: '' });
  });

  it('throws a clear error for a non-article', () => {
    expect(() => analyzeArticle(null as unknown as RawArticle)).toThrow(/^analysis:/);
    expect(() => analyzeArticle({ origin: 'x' } as unknown as RawArticle)).toThrow(/^analysis: .*title and body/);
  });

  it('survives binary junk, other languages and emoji', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(analyzeArticle(raw(junk)).people).toEqual([]);
    const other = analyzeArticle(raw('Der Bundestag hat heute ein Gesetz beschlossen. 東京で会議が開かれた。 😀🎉 Ông Trần Văn Bảy 🎉 đã đến.'));
    expect(other.people.map((p) => p.name)).toEqual(['Trần Văn Bảy']);
    expect(other.body).not.toMatch(/[\u0000-\u0008]/);
  });

  it('normalises NFD text before extraction', () => {
    const nfd = 'Phó Chủ tịch UBND tỉnh Lê Văn Phước phát biểu.'.normalize('NFD');
    const a = analyzeArticle(raw(nfd));
    expect(a.people.map((p) => p.name)).toEqual(['Lê Văn Phước']);
    expect(a.body).toBe(a.body.normalize('NFC'));
  });

  it('analyses a 5 MB article in bounded time', () => {
    const paragraph = 'Ông Nguyễn Văn Tám, Chủ tịch UBND xã Tân An cho biết xã có 120 hộ nghèo theo Quyết định 12/QĐ-UBND. ';
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const started = Date.now();
    const a = analyzeArticle(raw(body));
    expect(a.people[0].name).toBe('Nguyễn Văn Tám');
    expect(a.documents).toEqual(['Quyết định 12/QĐ-UBND']);
    // Regression: a token list rebuilt per organisation candidate made this quadratic (> 150 s).
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});
