import { fold } from '../../src/text';

describe('fold', () => {
  it('lower-cases and strips every Vietnamese diacritic, đ → d', () => {
    expect(fold('Đường Hồ Chí Minh')).toBe('duong ho chi minh');
    expect(fold('ĂÂÊÔƠƯĐ ắằẳẵặ ỨỪỬỮỰ')).toBe('aaeooud aaaaa uuuuu');
  });

  it('folds decomposed text like composed text', () => {
    expect(fold('Vie\u0302\u0323t Nam')).toBe(fold('Việt Nam'));
  });

  it('keeps digits, spaces and punctuation', () => {
    expect(fold('Năm 2020: “Tăng 5%”!')).toBe('nam 2020: “tang 5%”!');
  });

  it('returns ASCII lower case text unchanged', () => {
    expect(fold('already folded 123')).toBe('already folded 123');
  });

  it('gives the same key to both tone placements', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
  });
});
