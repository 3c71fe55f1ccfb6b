import { taggedPeopleNames as names } from '../utils/people-names';
import { splitByline } from '../../src/analysis/entities/byline';

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

describe('people: streets of addresses, sites, spacecraft and firms are not people', () => {
  it('takes no street after a house number with a letter, but keeps a name after a class or a generation', () => {
    expect(names('Quán mới mở ở 27C Hoàng Văn Khải, giá mềm.')).toEqual([]);
    expect(names('Tiệm bánh Mây Hồng, 14/6B Phạm Đình Lộc, mở cửa sáng sớm.')).toEqual([]);
    expect(names('Em học sinh lớp 11B Nguyễn Thị Bích Vân cho biết em rất vui.')).toEqual(['Nguyễn Thị Bích Vân']);
    expect(names('Ca sĩ 8X Trương Mỹ Lan cho biết cô sẽ ra album mới.')).toEqual(['Trương Mỹ Lan']);
  });

  it('takes no street or province in a bracketed address after an age or a residence word', () => {
    expect(names('Bà Đào Thị Quyên (61 tuổi, Trịnh Văn Bô, Hà Nội) kể lại.')).toEqual(['Đào Thị Quyên']);
    expect(names('Ông Lê Văn Tài (trú thôn Nà Lầu, xã Khánh Hòa, huyện Lộc Bình, Quản Bính) bị bắt.')).toEqual(['Lê Văn Tài']);
  });

  it('takes no resort, no telescope or probe after its cue word, no police unit\'s ward', () => {
    expect(names('Khu nghỉ dưỡng Harlow Creek ở Colorado rất đẹp.')).toEqual([]);
    expect(names('Kính viễn vọng không gian Harold Vance sẽ được phóng vào năm sau.')).toEqual([]);
    expect(names('Tàu thăm dò Carla Nova đã tiếp cận tiểu hành tinh.')).toEqual([]);
    expect(names('Tổ công tác Trạm CSGT Mai Khôi kiểm tra xe tải.')).toEqual([]);
  });

  it('takes no firm after a company word and its trade, nor a trade name with a capital inside', () => {
    expect(names('Công ty dịch vụ năng lượng Harlan Brooks vừa công bố số giàn khoan.')).toEqual([]);
    expect(names('Ngân hàng đầu tư Porter Vance nâng giá mục tiêu của cổ phiếu.')).toEqual([]);
    expect(names('Hãng xe máy Tarn MotoWorks tăng doanh số trong tháng.')).toEqual([]);
    expect(names('Tiền đạo LeRoy Mancini và Kevin McAllister cùng ghi bàn.')).toEqual(['LeRoy Mancini', 'Kevin McAllister']);
  });
});

describe('people: fixture lists, pollsters, towns, capes, websites, brand lists and bylines are not people', () => {
  it('takes no team of a fixture list after a kick-off time and date, but keeps a player of the team', () => {
    expect(names('Lịch thi đấu cúp châu lục: 17:00 9/3 Korvan - Telmar Rovo 19:30 9/3 Ostria Kepa - Vandel Sor. Các đội đã sẵn sàng.'))
      .toEqual([]);
    expect(names('Lịch thi đấu: 17:00 9/3 Korvan - Telmar Rovo. Tiền đạo Lê Thành Vinh của Korvan đã bình phục.')).toEqual(['Lê Thành Vinh']);
  });

  it('takes no pollster after "điều tra dư luận" nor a town after "TX"', () => {
    expect(names('Theo cuộc khảo sát của Viện thăm dò dư luận xã hội Harlow Penn, đa số ủng hộ.')).toEqual([]);
    expect(names('Ven biển huyện Tân Lục và TX Lâm Phong đã xảy ra hiện tượng cá chết.')).toEqual([]);
  });

  it('takes no place opened by "Cape" or "Mount" for a person', () => {
    expect(names('Điểm cực tây của bang là Cape Morvant, cách đảo khoảng 200 km.')).toEqual([]);
    expect(names('Đoàn leo núi đã lên tới đỉnh Mount Talvera hôm qua.')).toEqual([]);
  });

  it('takes no website "Trang" before a foreign title, but keeps a woman called Trang', () => {
    expect(names('Bộ váy được khen ngợi. Trang Glossier nhận xét đây là sự kết hợp hoàn hảo.')).toEqual([]);
    expect(names('Ca sĩ Trang Lê vừa ra mắt album mới.')).toEqual(['Trang Lê']);
  });

  it('takes no designer brand listed beside a brand joined by "&", but keeps a person after a firm with "&"', () => {
    expect(names('Người mẫu từng trình diễn cho Marco Velloni, Bruni &Castello, Ana Pirelli... Cô rất nổi tiếng.')).toEqual([]);
    expect(names('Theo CEO của Harlan & Brooks, Peter Walcott, doanh số đã tăng mạnh.')).toEqual(['Peter Walcott']);
  });

  it('cuts a two-author byline whose agency has a regional desk', () => {
    expect(splitByline('Đám cháy đã được dập tắt. Lê Vân - Đỗ Hà/VOV-Tây Bắc')).toEqual({ author: 'Lê Vân - Đỗ Hà', body: 'Đám cháy đã được dập tắt.' });
  });
});
