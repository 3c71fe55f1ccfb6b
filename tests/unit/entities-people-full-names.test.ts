import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: full names with two particles', () => {
  it('takes a Dutch or German name whose particles come in pairs, whole', () => {
    expect(names('Hôm qua, ông Rupert van der Werf nói về khẩu súng.')).toEqual(['Rupert van der Werf']);
    expect(names('Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.')).toEqual(['Ursula von der Leyen']);
  });

  it('takes no particle pair after a Vietnamese syllable', () => {
    expect(names('Hôm qua, ông Minh van der Bé nói.')).not.toContain('Minh van der Bé');
  });
});

describe('people: letters and nasals without a vowel inside a foreign name', () => {
  it('takes a middle initial written without its stop between two foreign words', () => {
    expect(names('Hôm qua, cựu tổng thống George W Bush đã phát biểu.')).toEqual(['George W Bush']);
  });

  it('still rejects a bare initial inside a Vietnamese name', () => {
    expect(names('Hôm qua, ông Nguyễn H Minh đã phát biểu.')).toEqual([]);
  });

  it('takes a Hokkien or Cantonese syllabic nasal ("Ng", "Hng") in a name of plain Latin words', () => {
    expect(names('Bộ trưởng Tài chính Singapore Tan Hng Wee hôm qua nói lãi suất sẽ giữ nguyên.')).toEqual(['Tan Hng Wee']);
    expect(names('Hôm qua, Bộ trưởng Quốc phòng Singapore Ng Eng Hen cho biết.')).toEqual(['Ng Eng Hen']);
  });
});

describe('people: a Western given name before a Vietnamese family name', () => {
  it('takes the name, with or without a cue', () => {
    expect(names('Tối qua, ca sĩ Jessy Trần khai trương cửa hàng.')).toEqual(['Jessy Trần']);
    expect(names('Hoa hậu tái xuất rạng rỡ bên ông xã Marcus Nguyễn. Buổi tiệc kết thúc muộn.')).toContain('Marcus Nguyễn');
  });

  it('takes no group noun before a country ("Netizen Hàn")', () => {
    expect(names('Netizen Hàn cũng không khỏi sốc trước tin này.')).toEqual([]);
  });
});

describe('people: a generational suffix after a foreign name', () => {
  it('takes "Jr." with its stop as the end of the name, even where the stop ends the sentence', () => {
    expect(names('Hôm qua, ông Donald Trump Jr., con trai của Tổng thống, đã gặp luật sư.')).toEqual(['Donald Trump Jr.']);
    expect(names('Hôm qua, ông gặp ông Robert Kennedy Jr. Ông này nói nhiều.')).toEqual(['Robert Kennedy Jr.']);
  });
});

describe('people: a family name that also names a firm after its founder', () => {
  it('takes "Bloomberg" after a given name, but not the agency named alone or with its title', () => {
    expect(names('Theo tỷ phú Michael Bloomberg, thị trường đang tăng.')).toEqual(['Michael Bloomberg']);
    expect(names('Theo tạp chí Bloomberg Businessweek, thị trường đang tăng.')).toEqual([]);
  });
});

describe('people: a Chinese name opened by a syllable that also opens institutions', () => {
  it('takes "Cảnh" + given name after a role or an honorific, not "Cảnh Sát" (police)', () => {
    expect(names('Hôm qua, người phát ngôn Bộ Thương mại Trung Quốc Cảnh Lực trả lời các phóng viên.')).toEqual(['Cảnh Lực']);
    expect(names('Báo chí dẫn lời ông Cảnh Lực trong buổi gặp với doanh nghiệp.')).toEqual(['Cảnh Lực']);
    expect(names('Hôm qua, Giám đốc Cảnh Sát Biển cho biết.')).toEqual([]);
  });
});
