import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: ships, grants, data sources, products and credits are not people', () => {
  it('takes no name after a cue word for a ship class, a data source or a grant', () => {
    expect(names('Tàu khu trục lớp Arleigh Burke đã cập cảng Đà Nẵng.')).toEqual([]);
    expect(names('Theo số liệu của Baker Hughes, số giàn khoan tăng.')).toEqual([]);
    expect(names('Em vừa giành học bổng Gates Cambridge sau hai vòng phỏng vấn.')).toEqual([]);
  });

  it('takes no coach firm after "xe" but keeps a driver and a stylist', () => {
    expect(names('Hành khách trên xe Hoàng Sơn kể lại sự việc.')).toEqual([]);
    expect(names('Lái xe Nguyễn Văn Hùng bị thương nhẹ.')).toEqual(['Nguyễn Văn Hùng']);
    expect(names('Nhà tạo mẫu Lê Minh Ngọc đến dự buổi ra mắt.')).toEqual(['Lê Minh Ngọc']);
  });

  it('takes no social account named in a source credit', () => {
    expect(names('Clip trận đấu được chia sẻ trên mạng. (Nguồn: Facebook Ngô Quý Nhâm)')).toEqual([]);
  });

  it('takes no continent written after "châu" for a name head', () => {
    expect(names('Bản tin thể thao: Ai Cập lên ngôi châu Phi Salah tỏa sáng.')).toEqual([]);
  });

  it('takes no sentence opener glued to "Đại học" for a person', () => {
    expect(names('Hãy đi bộ đến bàn đồng nghiệp Theo Đại học Y tế Utah, đi bộ có lợi.')).toEqual([]);
  });

  it('cuts a combat sport glued after a fighter\'s name', () => {
    expect(names('Trận đấu giữa võ sư Đoàn Bảo Châu Karate Việt Nam và đối thủ diễn ra chiều nay.')).toEqual(['Đoàn Bảo Châu']);
  });

  it('takes no club opened by a Spanish plural article for a person, even after a role word', () => {
    expect(names('Báo chí tiết lộ: ban lãnh đạo Las Palmas đang đàm phán với anh.')).toEqual([]);
  });
});
