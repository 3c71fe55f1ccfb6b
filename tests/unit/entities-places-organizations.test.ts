import {
  ABBREVIATIONS,
  canonicalPlace,
  expandAbbreviations,
  extractOrganizations,
  extractPlaces,
} from '../../src/analysis/entities';
import { nerTag } from '../../src/analysis/nlp';

describe('extractPlaces', () => {
  it('finds provinces, cities and countries in canonical form', () => {
    const text = 'Đoàn công tác từ TP.HCM đến Cần Thơ và tỉnh Sóc Trăng, sau đó sang Nhật Bản. Ở Thành phố Hồ Chí Minh trời mưa.';
    expect(extractPlaces(text)).toEqual(['TP. Hồ Chí Minh', 'Cần Thơ', 'Sóc Trăng', 'Nhật Bản']);
  });

  it('keeps the unit of a district or commune', () => {
    expect(extractPlaces('Lũ gây ngập ở huyện Tân Châu và xã Vĩnh Xương.')).toEqual(['huyện Tân Châu', 'xã Vĩnh Xương']);
  });

  it('takes no numbers, ordinals or periods as places', () => {
    expect(extractPlaces('Hội nghị lần thứ V, giai đoạn 2010-2020, có 140 đại biểu.')).toEqual([]);
  });

  it('reads a one-syllable country only where a place word introduces it', () => {
    expect(extractPlaces('Anh Đức đã sang Đức học tập, còn chị Mỹ ở nhà.')).toEqual(['Đức']);
  });
});

describe('extractOrganizations', () => {
  it('attaches the province and stops before a person\'s name', () => {
    const text = 'Phó Chủ tịch UBND tỉnh Nguyễn Văn Hòa và Liên đoàn Lao động tỉnh Hậu Giang làm việc với Sở Tài chính.';
    expect(extractOrganizations(text, nerTag(text))).toEqual(['Liên đoàn Lao động tỉnh Hậu Giang', 'Sở Tài chính']);
  });

  it('treats an abbreviation and its expansion as one organisation', () => {
    const text = 'UBND tỉnh Kiên Giang họp. Ủy ban nhân dân tỉnh Kiên Giang kết luận.';
    expect(extractOrganizations(text, nerTag(text))).toEqual(['UBND tỉnh Kiên Giang']);
  });
});

describe('abbreviations', () => {
  it('expands known abbreviations on word boundaries only', () => {
    expect(expandAbbreviations('UBND và HĐND tỉnh, Sở GD-ĐT, vùng ĐBSCL')).toBe(
      'Ủy ban nhân dân và Hội đồng nhân dân tỉnh, Sở Giáo dục và Đào tạo, vùng Đồng bằng sông Cửu Long',
    );
    expect(expandAbbreviations('TUBND')).toBe('TUBND');
    expect(ABBREVIATIONS.MTTQ).toBe('Mặt trận Tổ quốc');
  });

  it('maps place variants to one canonical form', () => {
    expect(canonicalPlace('TP.HCM')).toBe('TP. Hồ Chí Minh');
    expect(canonicalPlace('Thành phố Hồ Chí Minh')).toBe('TP. Hồ Chí Minh');
    expect(canonicalPlace('Đắc Lắc')).toBe('Đắk Lắk');
  });
});
