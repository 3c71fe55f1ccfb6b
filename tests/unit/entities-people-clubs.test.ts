import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: clubs, characters and glued role words are not people', () => {
  it('takes no club named with one word and its province after a player position for a person', () => {
    expect(names('Hậu vệ Dược Nam Định đã nhận thẻ đỏ ở phút 80.')).toEqual([]);
    expect(names('Cầu thủ Mía Thanh Hóa ăn mừng bàn thắng.')).toEqual([]);
  });

  it('still takes a full name that ends in a province name', () => {
    expect(names('Ông Lò Văn Thái Bình, Chủ tịch xã, cho biết.')).toEqual(['Lò Văn Thái Bình']);
  });

  it('takes the actor in brackets after a character, not the character', () => {
    expect(names('Nhân vật nữ chính Seo Yoon (Kim Ha Neul) là một bác sĩ. Sau đó, Seo Yoon gặp lại mẹ.')).toEqual(['Kim Ha Neul']);
  });

  it('strips an English word for an online author glued before the name', () => {
    expect(names('Blogger Tom Barker vừa đăng video mới lên mạng.')).toEqual(['Tom Barker']);
    expect(names('Youtuber Tom Barker vừa đăng video mới lên mạng.')).toEqual(['Tom Barker']);
  });
});
