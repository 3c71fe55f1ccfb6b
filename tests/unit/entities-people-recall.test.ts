import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: names of the Central Highlands peoples', () => {
  it('takes a name opened by a family name of theirs after an honorific, whole', () => {
    expect(names('Hôm qua, ông Điểu Brên, Phó Bí thư Tỉnh ủy, đã phát biểu.')).toEqual(['Điểu Brên']);
  });

  it('takes names opened by the men\'s and women\'s markers with an age or a year of birth', () => {
    expect(names('Bị bắt gồm: Y Krăm Êban (SN 1990), Y Thông Hwing (SN 1993).')).toEqual(['Y Krăm Êban', 'Y Thông Hwing']);
    expect(names("Hôm qua, chị H'Ly Mlô, 25 tuổi, đã về buôn.")).toEqual(["H'Ly Mlô"]);
  });

  it('takes such a name after a role and the body it names', () => {
    expect(names('Theo Phó Chủ tịch Hội Nông dân Ksơr Plin, vụ mùa tốt.')).toEqual(['Ksơr Plin']);
  });

  it('takes no such run without a person cue, nor a body of a province', () => {
    expect(names('Hôm qua, Y Krăm Êban đến chợ.')).toEqual([]);
    expect(names('Hôm qua, Giám đốc Sở Y Tế Đắk Lắk cho biết.')).toEqual([]);
    expect(names('Xóm giềng đến viếng bà H Nạn nhân từng sống một mình.')).toEqual([]);
  });
});

describe('people: a foreign name right after a role', () => {
  it('takes the name after a role that ends in its level ("liên bang")', () => {
    expect(names('Hôm qua, thẩm phán liên bang Derek Wilmot đã ra phán quyết.')).toEqual(['Derek Wilmot']);
  });

  it('strips a state named with a compass point glued between the role and the name', () => {
    expect(names('Hôm qua, nghị sĩ bang Nam Dakota Rick Thune phát biểu.')).toEqual(['Rick Thune']);
  });
});

describe('people: a given name used alone before a verb of saying', () => {
  it('takes the speaker even where the name opens a sentence, when the article names it again', () => {
    expect(names('Cuộc thi kết thúc. Khắc Duy cho rằng ban giám khảo đã công bằng. Khắc Duy nói thêm.')).toEqual(['Khắc Duy']);
  });

  it('keeps a given name used for a full name the article gives as that person', () => {
    expect(names('Anh Nguyễn Khắc Duy đi thi. Khắc Duy cho biết đề dễ. Khắc Duy nói thêm.')).toEqual(['Nguyễn Khắc Duy']);
  });

  it('takes no known place before the verb', () => {
    expect(names('Sáng nay, Thanh Hóa cho biết sẽ mở thêm đường.')).toEqual([]);
  });
});
