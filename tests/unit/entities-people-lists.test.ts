import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: Arabic names with their particles', () => {
  it('keeps "bint" (daughter of) inside a woman\'s name', () => {
    expect(names('Hôm qua, bà Fatima bint Khalid al-Harbi đã đến thăm trường học.')).toEqual(['Fatima bint Khalid al-Harbi']);
  });

  it('keeps a hyphenated "al-" family name holding an apostrophe', () => {
    expect(names('Chỉ huy Omar Saleh al-Qa\'idi đã bị tiêu diệt trong trận đánh.')).toEqual(['Omar Saleh al-Qa\'idi']);
  });

  it('drops the title "Sheikha" before a woman\'s name, as "Sheikh" is dropped', () => {
    expect(names('Đệ nhất phu nhân Oman - Sheikha Latifa bint Saeed al-Busaidi. Bà là nhà từ thiện.')).toEqual(['Latifa bint Saeed al-Busaidi']);
  });
});

describe('people: Korean names', () => {
  it('takes a Korean given name written with a capitalised second syllable after a family name that is also an English word', () => {
    expect(names('Bà Park Chae-Won đã phát biểu tại Seoul.')).toEqual(['Park Chae-Won']);
  });
});

describe('people: Korean full names that read as Vietnamese syllables', () => {
  it('takes a three-word Korean name after a family name that is also a Vietnamese word', () => {
    expect(names('Người hâm mộ rất thích Song Hye Kyo và Song Joong Ki.')).toEqual(['Song Hye Kyo', 'Song Joong Ki']);
  });

  it('takes no unmarked Vietnamese words after a Korean family name', () => {
    expect(names('Người hâm mộ rất thích Song Min Ki.')).toEqual([]);
  });
});

describe('people: a firm between its owner and the owner\'s name', () => {
  it('takes the name after "ông chủ" and a brand, without the brand', () => {
    expect(names('Trong giới công nghệ có ông chủ Twitter Jack Dorsey, người rất giàu.')).toEqual(['Jack Dorsey']);
  });
});

describe('people: stage names opening with an institution word', () => {
  it('takes "Chi" as a given name after a showbiz cue', () => {
    expect(names('Hôm qua, ca sĩ Chi Lu đã đến dự tiệc.')).toEqual(['Chi Lu']);
  });

  it('reads "Chánh" after a full name as a title, not a given name', () => {
    expect(names('Ông Lê Văn Hòa, Chánh Thanh tra Sở Xây dựng, cho biết.')).toEqual(['Lê Văn Hòa']);
  });

  it('still reads "Chi" opening a branch after a role as no name', () => {
    expect(names('Giám đốc Chi Nhánh Ngân Hàng nói về lãi suất.')).toEqual([]);
  });
});

describe('people: a counted noun for people opening a list of given names', () => {
  it('takes every given name listed after "4 gương mặt"', () => {
    expect(names('Cô vượt qua 3 gương mặt Bảo Trâm, Minh Khuê và Thu Hà để giành ngôi quán quân.'))
      .toEqual(['Bảo Trâm', 'Minh Khuê', 'Thu Hà']);
  });
});
