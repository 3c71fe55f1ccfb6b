import { extractPeople } from '../../src/analysis/entities';
import { isCommonNounPhrase } from '../../src/analysis/entities/non-person-names';
import { isRouteStop } from '../../src/analysis/entities/route-stops';
import { withoutNonPersonNames } from '../../src/analysis/entities/people-article-filters';
import { canonicalPlace } from '../../src/analysis/entities/gazetteer';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('extractPeople: schools and sites are not people', () => {
  it('drops the name of a school whose kind is spelled out, even after a role', () => {
    expect(names('Ông Đỗ Minh Khoa, hiệu trưởng Trường trung học phổ thông chuyên Lê Quý Đôn, cho biết năm nay trường tuyển thêm.'))
      .toEqual(['Đỗ Minh Khoa']);
    expect(names('Các em học tại Trường trung học cơ sở Phan Châu Trinh từ năm ngoái.')).toEqual([]);
    expect(names('Em từng học ở Trường phổ thông dân tộc nội trú Nguyễn Văn Trỗi rồi lên thành phố.')).toEqual([]);
  });

  it('keeps the role up to the school for the person named before it', () => {
    const [p] = extractPeople('Ông Đỗ Minh Khoa, hiệu trưởng Trường trung học cơ sở Lê Quý Đôn, cho biết năm nay trường tuyển thêm.');
    expect(p.roles).toEqual(['hiệu trưởng Trường trung học cơ sở Lê Quý Đôn']);
  });

  it('keeps a teacher an honorific introduces, though a school bears her name elsewhere', () => {
    expect(names('Cô Lê Thị Hạnh dạy văn nhiều năm. Trường tiểu học Lê Thị Hạnh mang tên cô.')).toContain('Lê Thị Hạnh');
  });

  it('drops every item of a list of monuments, even where a role ends in the site word', () => {
    expect(names('Lãnh đạo đơn vị trông coi hai di tích Hoàng Thành Thăng Long và Văn Miếu vừa họp bàn việc trùng tu.')).toEqual([]);
  });

  it('drops the name after a beach or a national tourist area', () => {
    expect(names('Hàng nghìn du khách đổ về bãi biển Lâm Thanh Bình dịp nghỉ lễ, ông Phạm Văn Tư cho biết.')).toEqual(['Phạm Văn Tư']);
    expect(names('Dự án Khu du lịch Hồ Quang Nhật tại Cam Ranh vừa được phê duyệt.')).toEqual([]);
  });
});

describe('extractPeople: landmarks with no place word are not people', () => {
  it('drops a presidential residence named alone', () => {
    expect(names('Bà Kim lập hai quỹ dưới sự bảo hộ Cheong Wa Dae, ông Phạm Văn Tư cho biết.')).toEqual(['Phạm Văn Tư']);
  });

  it('reads a sea named by a colour or a compass point as no person, but not a name with the given name Biển', () => {
    expect(isCommonNounPhrase('Biển Đỏ', ', và đã trở về cảng')).toBe(true);
    expect(isCommonNounPhrase('Biển Đen', ' hôm qua')).toBe(true);
    expect(isCommonNounPhrase('Biển Xuân', ' cho biết')).toBe(false);
    expect(names('Ông Nguyễn Văn Biển, trưởng thôn, cho biết.')).toEqual(['Nguyễn Văn Biển']);
  });
});

describe('isRouteStop: a bridge named by its two ends', () => {
  const stopAt = (text: string, name: string) => isRouteStop(text, text.indexOf(name), text.indexOf(name) + name.length);

  it('reads both ends of a sea bridge as places', () => {
    const text = 'Đoàn kiểm tra cầu vượt biển Hòa Lạc - Đình Vũ chiều qua.';
    expect(stopAt(text, 'Đình Vũ')).toBe(true);
    expect(stopAt(text, 'Hòa Lạc')).toBe(true);
  });

  it('does not read the two sides of a match as places', () => {
    expect(stopAt('Trận cầu Nguyễn Văn An - Lê Văn Bình rất hay.', 'Lê Văn Bình')).toBe(false);
  });
});

describe('firms and countries that read like names', () => {
  it('drops an uncued name written after the abbreviation of a private firm (DNTN)', () => {
    const text = 'Năm 2015, DNTN Hòa Thủy đã mua bán hàng hóa không có hóa đơn.';
    const start = text.indexOf('Hòa Thủy');
    const mention = { name: 'Hòa Thủy', start, end: start + 'Hòa Thủy'.length, roles: [], cued: false };
    expect(withoutNonPersonNames(text, [mention])).toEqual([]);
  });

  it('knows Timor Leste as East Timor', () => {
    expect(canonicalPlace('Timor Leste')).toBe('Đông Timor');
  });
});
