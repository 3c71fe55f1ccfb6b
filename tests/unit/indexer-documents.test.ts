import { articleId, canonicalUrl, contentHash, isValidDocumentId } from '../../indexer/document/identity';
import { buildDocument, dateFields, exactVocabulary, quantitiesOf } from '../../indexer/document/build';
import { expansionAliases } from '../../indexer/document/aliases';
import type { AnalyzedArticle, RawArticle } from '../../src/types';

const raw = (over: Partial<RawArticle> = {}): RawArticle => ({ title: 'Tiêu đề', body: 'Nội dung bài.', origin: '/x.jsonl:1', ...over });

describe('articleId', () => {
  test('keeps a valid own id exactly', () => {
    expect(articleId(raw({ id: 'baomoi-21465066' }))).toBe('baomoi-21465066');
  });

  test('an invalid own id gives a hashed, valid id; the canonical URL wins over it', () => {
    const id = articleId(raw({ id: '2021/05 bài số 7' }));
    expect(isValidDocumentId(id)).toBe(true);
    expect(id).not.toBe('2021/05 bài số 7');
    expect(articleId(raw({ id: '2021/05 bài số 7' }))).toBe(id);
    expect(articleId(raw({ id: 'bad id', url: 'https://a.example/x' }))).toBe(articleId(raw({ url: 'https://a.example/x' })));
  });

  test('the same article from two files (URL spelled differently) is one id', () => {
    const a = articleId(raw({ url: 'https://bao.example/du-lich/cho-noi?utm_source=fb', origin: '/a.jsonl:1' }));
    const b = articleId(raw({ url: 'https://www.BAO.example/du-lich/cho-noi/#top', origin: '/b.json' }));
    expect(a).toBe(b);
    expect(canonicalUrl('ftp://x')).toBeNull();
  });

  test('without id and URL, the normalised title and body decide', () => {
    expect(articleId(raw({ body: 'Nội  dung\nbài.' }))).toBe(articleId(raw({ body: 'Nội dung bài.' })));
    expect(articleId(raw({ body: 'Khác.' }))).not.toBe(articleId(raw()));
  });
});

test('contentHash changes with content and analysis version, not with origin', () => {
  const h = contentHash(raw(), 'a1');
  expect(contentHash(raw({ origin: '/other.json' }), 'a1')).toBe(h);
  expect(contentHash(raw({ body: 'Nội dung bài khác.' }), 'a1')).not.toBe(h);
  expect(contentHash(raw(), 'a2')).not.toBe(h);
});

test('dateFields: ISO date → timestamp (UTC midnight for a date) and year; unknown → nulls', () => {
  expect(dateFields('2020-07-27')).toEqual({ publishedAt: '2020-07-27', timestamp: 1595808000, year: 2020 });
  expect(dateFields('')).toEqual({ publishedAt: '', timestamp: null, year: null });
  expect(dateFields('not a date').timestamp).toBeNull();
});

test('quantitiesOf keys values by unit, adds both ends of a range, lists every value once', () => {
  const { quantities, numberValues } = quantitiesOf([
    { text: 'trên 10.400 tỷ đồng', value: 10_400_000_000_000, unit: 'đồng', qualifier: 'trên' },
    { text: '4.154 công trình', value: 4154, unit: 'công trình', qualifier: '' },
    { text: '2015-2020', value: 2015, unit: '', qualifier: '', to: 2020 },
    { text: '4.154 công trình', value: 4154, unit: 'công trình', qualifier: '' },
  ]);
  expect(quantities).toEqual({ _: [2015, 2020], cong_trinh: [4154], dong: [10_400_000_000_000] });
  expect(numberValues).toEqual([2015, 2020, 4154, 10_400_000_000_000]);
});

test('exactVocabulary keeps each exact key once, so accents stay distinguishable', () => {
  const vocab = exactVocabulary('Bạn bàn bán', 'bạn ban');
  expect(vocab.split(' ').sort()).toEqual(['ban', 'banf', 'banj', 'bans']);
});

test('expansionAliases stores long expansions of the abbreviations used', () => {
  expect(expansionAliases('Phó Chủ tịch UBND tỉnh An Giang')).toContain('ủy ban nhân dân');
  expect(expansionAliases('Tin TP.HCM hôm nay')).toContain('thành phố hồ chí minh');
  expect(expansionAliases('Không có chữ viết tắt nào')).toEqual([]);
});

test('buildDocument: people names, "Name: role" strings, dates, entities, bookkeeping', () => {
  const analyzed: AnalyzedArticle = {
    title: 'T',
    lead: 'L',
    body: 'UBND tỉnh họp.',
    author: 'Công Mạo',
    source: 'TUAG',
    url: '',
    category: '',
    publishedAt: '2020-07-27',
    people: [{ name: 'Lê Văn Phước', roles: ['Phó Chủ tịch UBND tỉnh An Giang'], mentions: 2 }],
    organizations: ['UBND tỉnh An Giang'],
    places: ['An Giang'],
    movements: ['Người tốt, việc tốt'],
    documents: ['Chỉ thị 03/CT-TLĐ'],
    numbers: [],
  };
  const doc = buildDocument(raw({ url: 'https://a.example/x' }), analyzed, { id: 'x1', hash: 'h', origin: '/x.jsonl' });
  expect(doc).toMatchObject({
    id: 'x1',
    url: 'https://a.example/x',
    people: ['Lê Văn Phước'],
    roles: ['Lê Văn Phước: Phó Chủ tịch UBND tỉnh An Giang'],
    year: 2020,
    timestamp: 1595808000,
    hash: 'h',
    origin: '/x.jsonl',
    quantities: {},
    numberValues: [],
  });
  expect(doc.aliases).toContain('ủy ban nhân dân');
});
