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

describe('organisation boundaries and canonical forms', () => {
  const orgs = (text: string) => extractOrganizations(text, nerTag(text));

  it('drops the punctuation after a name', () => {
    expect(orgs('Theo UBND tỉnh An Giang, kế hoạch đã xong.')).toEqual(['UBND tỉnh An Giang']);
  });

  it('stops before the name of the person who holds a post there', () => {
    const text = 'Phó Chủ tịch UBND tỉnh An Giang Lê Văn Phước dự họp. Giám đốc Công ty Hòa Phát Trần Văn Tâm phát biểu.';
    expect(orgs(text)).toEqual(['UBND tỉnh An Giang', 'Công ty Hòa Phát']);
  });

  it('keeps field names whole: "và", commas and hyphenated abbreviations', () => {
    const text = 'Bộ Văn hóa, Thể thao và Du lịch cùng Sở Tài nguyên và Môi trường và Bộ GD-ĐT thống nhất.';
    expect(orgs(text)).toEqual(['Bộ VH-TT&DL', 'Sở TN-MT', 'Bộ GD-ĐT']);
  });

  it('keeps a commune or ward name whole', () => {
    expect(orgs('Sáng nay, UBND phường Minh Khai tổ chức đối thoại.')).toEqual(['UBND phường Minh Khai']);
  });

  it('gives abbreviated and spelled-out forms one canonical name', () => {
    const written = [
      'Ủy ban nhân dân tỉnh An Giang vừa ban hành kế hoạch.',
      'Sở Giáo dục và Đào tạo An Giang công bố điểm thi.',
      'Sở GD&ĐT tỉnh An Giang công bố điểm thi.',
      'Ủy ban nhân dân Thành phố Hồ Chí Minh họp báo.',
      'UBND TP.HCM họp báo.',
    ];
    expect(written.map((text) => orgs(text))).toEqual([
      ['UBND tỉnh An Giang'],
      ['Sở GD-ĐT tỉnh An Giang'],
      ['Sở GD-ĐT tỉnh An Giang'],
      ['UBND TP. Hồ Chí Minh'],
      ['UBND TP. Hồ Chí Minh'],
    ]);
  });

  it('reads no organisation inside a place or a person\'s name', () => {
    expect(orgs('Đội tuyển Tây Ban Nha đến Hội An, rồi ra phố Trường Chinh.')).toEqual([]);
  });

  it('skips an abbreviation in brackets inside the name', () => {
    expect(orgs('Hội Liên hiệp Phụ nữ (LHPN) tỉnh Đồng Tháp tuyên dương 120 hội viên.')).toEqual([
      'Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp',
    ]);
  });
});

describe('places next to organisations', () => {
  it('takes no organisation or title as a place', () => {
    const text = 'Giám đốc Sở Công Thương Đồng Tháp Nguyễn Văn Bình và Trưởng Ban Dân vận đến huyện Tri Tôn. Tại Tri Tôn, đoàn gặp bà con.';
    expect(extractPlaces(text, nerTag(text))).toEqual(['Đồng Tháp', 'huyện Tri Tôn']);
  });

  it('writes Ho Chi Minh City one way however it is spelled', () => {
    const text = 'Từ TP.HCM, TP Hồ Chí Minh và Thành phố Hồ Chí Minh.';
    expect(extractPlaces(text, nerTag(text))).toEqual(['TP. Hồ Chí Minh']);
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
