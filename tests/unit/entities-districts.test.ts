import { isDistrictName } from '../../src/analysis/entities/gazetteer';
import { districtNames, districtsModule } from '../../scripts/generate-districts';

describe('district names', () => {
  it('knows district-level units and each side of a twin town, not provinces\' streets or people', () => {
    expect(isDistrictName('Đan Phượng')).toBe(true);
    expect(isDistrictName('Hương Sơn')).toBe(true);
    expect(isDistrictName('Phan Rang')).toBe(true);
    expect(isDistrictName('Nguyễn Văn A')).toBe(false);
  });

  it('generates a sorted, deduplicated list without the numbered urban districts, spelt as analysed text is', () => {
    const names = districtNames([
      { name: 'Quế Võ', type: 'huyen' }, { name: '1', type: 'quan' }, { name: 'Ba Đình', type: 'quan' }, { name: 'Quế Võ', type: 'thi-xa' },
    ]);
    expect(names).toEqual(['Ba Đình', 'Quế Võ']);
    // The statistics office writes the old tone placement; the analysis normalises text to the new one.
    expect(districtNames([{ name: 'Bình Thuỷ', type: 'quan' }])).toEqual(['Bình Thủy']);
    expect(isDistrictName('Bình Thủy')).toBe(true);
    expect(districtsModule(names, '1.6.0')).toContain("export const DISTRICT_NAMES: readonly string[] = [\n  'Ba Đình', 'Quế Võ',\n];");
  });
});
