import { extractPeople, mergeRoles } from '../../src/analysis/entities';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('extractPeople', () => {
  it('finds a full name with the role written before it', () => {
    const [p] = extractPeople('Sáng nay, Giám đốc Sở Y tế tỉnh Long An Trần Minh Hải đã kiểm tra bệnh viện.');
    expect(p.name).toBe('Trần Minh Hải');
    expect(p.roles).toEqual(['Giám đốc Sở Y tế tỉnh Long An']);
  });

  it('takes the role after a comma and stops at the verb', () => {
    const [p] = extractPeople('Bà Phạm Thị Thu Hà, Chủ tịch Hội Nông dân huyện Chợ Mới cho biết vụ lúa năm nay được mùa.');
    expect(p.name).toBe('Phạm Thị Thu Hà');
    expect(p.roles).toEqual(['Chủ tịch Hội Nông dân huyện Chợ Mới']);
  });

  it('strips honorifics and academic titles', () => {
    expect(names('Theo PGS.TS Đỗ Quang Vinh, dịch bệnh đã được kiểm soát.')).toEqual(['Đỗ Quang Vinh']);
    expect(names('Hôm qua, đồng chí Hoàng Văn Nam đã đến thăm trường.')).toEqual(['Hoàng Văn Nam']);
    expect(names('Ông Võ Thanh Tùng cho biết như vậy.')).toEqual(['Võ Thanh Tùng']);
  });

  it('counts mentions of one person and merges roles, keeping the more specific one', () => {
    const text =
      'Phó Chủ tịch UBND tỉnh Ngô Văn Kiên dự lễ. Sau đó, Phó Chủ tịch UBND tỉnh Bình Định Ngô Văn Kiên phát biểu. Ông Kiên nhấn mạnh vai trò của ngành.';
    const [p] = extractPeople(text);
    expect(p.name).toBe('Ngô Văn Kiên');
    expect(p.roles).toEqual(['Phó Chủ tịch UBND tỉnh Bình Định']);
    expect(p.mentions).toBe(3);
  });

  it('does not take places, streets, ideology or numbers for people', () => {
    const text =
      'Đoàn đã đến TP Hồ Chí Minh và Hà Nội, đi trên đường Lê Lợi, học tập tư tưởng Hồ Chí Minh. Giai đoạn 2015-2020 có 140 đại biểu. Giỏi việc nước là mục tiêu.';
    expect(extractPeople(text)).toEqual([]);
  });

  it('keeps Hồ Chí Minh as a person when a role introduces him', () => {
    expect(names('Di chúc của Chủ tịch Hồ Chí Minh được đọc lại.')).toEqual(['Hồ Chí Minh']);
  });

  it('finds foreign names and does not take club or league names', () => {
    const found = names('Trận đấu có sự góp mặt của Harry Kane và Mohamed Salah tại Premier League, trước Real Madrid.');
    expect(found).toEqual(['Harry Kane', 'Mohamed Salah']);
  });

  it('strips a country from a foreign leader\'s name', () => {
    const [p] = extractPeople('Cuộc gặp có Thủ tướng Canada Justin Trudeau.');
    expect(p.name).toBe('Justin Trudeau');
    expect(p.roles).toEqual(['Thủ tướng Canada']);
  });

  it('excludes the byline name and photo credits', () => {
    const text = 'Bí thư Huyện ủy Lý Văn Sáu thăm bà con. Ảnh: Trương Minh Tâm';
    expect(extractPeople(text, [], { exclude: ['Trương Minh Tâm'] }).map((p) => p.name)).toEqual(['Lý Văn Sáu']);
    expect(names('Nông dân thu hoạch lúa. Ảnh: Trương Minh Tâm')).toEqual([]);
  });

  it('ignores year names and initials', () => {
    expect(names('Tết Đinh Dậu năm nay, bị can Lê Văn T. đã bị bắt.')).toEqual([]);
  });
});

describe('mergeRoles', () => {
  it('drops a role that another one extends and dedupes case variants', () => {
    expect(mergeRoles(['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh Nam Định', 'chủ tịch UBND tỉnh Nam Định'])).toEqual([
      'chủ tịch UBND tỉnh Nam Định',
    ]);
  });
});

describe('extractPeople on run-together text, foreign names and sign-offs', () => {
  it('does not glue the next sentence\'s first word onto a name', () => {
    expect(names('Ông Đinh La Thăng Sáng nay đã đến dự.')).toEqual(['Đinh La Thăng']);
  });

  it('drops Vietnamese words glued to a foreign name', () => {
    expect(names('Cuộc họp có Chủ tịch Nghị viện châu Âu Antonio Tajani.')).toEqual(['Antonio Tajani']);
    expect(names('Theo tờ Independent, thành viên Bắc Yemen và Tây Riyadh đã đến.')).toEqual([]);
  });

  it('does not take a name opening a film title in quotes', () => {
    expect(names('Bộ phim “Harry Potter và Hòn đá phù thủy” ra mắt, cuốn “Lê Văn Tám” tái bản.')).toEqual([]);
  });

  it('does not count the closing sign-off as a person', () => {
    expect(names('Ông Lê Văn Phước phát biểu tại hội nghị.\nVũ Phượng - Phạm Hữu (theo Dân trí)')).toEqual(['Lê Văn Phước']);
  });

  it('rejects abbreviations without a vowel', () => {
    expect(names('Bảng xếp hạng: Đội Thắng Hòa Bại Tg Th Điểm.')).toEqual([]);
  });
});
