import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: given names in a list a plural noun for people opens', () => {
  it('takes every item after "các"/"những" and the noun', () => {
    expect(names('Tối qua, những người đẹp Thu Hà, Minh Nguyệt và Lệ Quyên đã tới dự.')).toEqual(['Thu Hà', 'Minh Nguyệt', 'Lệ Quyên']);
  });

  it('takes no list of clubs or places after the same words', () => {
    expect(names('Những cầu thủ Hà Nội, Hải Phòng và Thanh Hóa đều thắng.')).toEqual([]);
  });
});

describe('people: given names after a performer\'s title or a title and a describing word', () => {
  it('takes a given name after "diva" or "danh hài"', () => {
    expect(names('Đêm nhạc có sự góp mặt của diva Thanh Trúc.')).toEqual(['Thanh Trúc']);
    expect(names('Khán giả cười nhiều với danh hài Bảo Chung.')).toEqual(['Bảo Chung']);
  });

  it('takes a given name after a position or profession and one describing word', () => {
    expect(names('Trên sân, tiền vệ trẻ Minh Khoa đi bóng rất hay.')).toEqual(['Minh Khoa']);
    expect(names('Đêm nhạc có ca sĩ kỳ cựu Tuấn Phong.')).toEqual(['Tuấn Phong']);
  });
});

describe('people: given names in a match report', () => {
  it('takes a given name right before a footballer\'s action', () => {
    expect(names('Phút 19, Đình Kha tạt bóng chính xác.')).toEqual(['Đình Kha']);
    expect(names('Phút 37, Văn Lộc có pha đi bóng dũng mãnh.')).toEqual(['Văn Lộc']);
  });

  it('takes a given name after an action and "của"', () => {
    expect(names('Trận này, cú dứt điểm của Hữu Khang lại quá mạnh.')).toEqual(['Hữu Khang']);
    expect(names('Đội khách dọa khung thành bằng những cú sút của Ronan, Đình Hào, Hữu Tài.')).toEqual(['Đình Hào', 'Hữu Tài']);
  });

  it('takes no short form of a full name the report also writes', () => {
    expect(names('Cú đúp của tiền đạo Lạc Đình Hào giúp đội thắng. Phút 60, Đình Hào dễ dàng ghi bàn.')).toEqual(['Lạc Đình Hào']);
  });

  it('takes no club named by its place before the same actions', () => {
    expect(names('Phút 80, Hà Nội gỡ hòa sau pha đánh đầu.')).toEqual([]);
    expect(names('Trận này, cú sút của Quảng Nam đi chệch.')).toEqual([]);
  });
});
