import { extractPeople, mergeRoles } from '../../src/analysis/entities';
import type { NerToken } from '../../src/analysis/nlp';

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

describe('extractPeople on lists, foreign name shapes and brand names', () => {
  it('takes the next given-only names of a list a position introduces', () => {
    expect(names('Đội hình có cặp trung vệ Văn Khánh, Đình Khương và tiền vệ Bảo Long – Hữu Tâm.')).toEqual([
      'Văn Khánh',
      'Đình Khương',
      'Bảo Long',
      'Hữu Tâm',
    ]);
    expect(names('HLV Thu Hà và Đông Nhi cùng bấm nút chọn.')).toEqual(['Thu Hà', 'Đông Nhi']);
  });

  it('reads every item of a list of streets as a street, bracketed districts skipped', () => {
    expect(names('Xe bán rong có trên các tuyến đường như Đường Láng (Đống Đa), Nguyễn Trãi (Thanh Xuân), Trần Phú.')).toEqual([]);
  });

  it('does not take the last item of a list of districts or groups for a person', () => {
    expect(names('Dịch đã xuất hiện ở 3 huyện Ea Kar, Buôn Đôn và Krông Pắc.')).toEqual([]);
    expect(names('Nhóm Maute và Abu Sayyaf đã thề trung thành với IS.')).toEqual([]);
  });

  it('still takes a foreign name set off by a comma after a club', () => {
    expect(names('Tôi đã hứa với người đồng đội ở Bayern, Joshua Kimmich rằng sẽ gặp nhau.')).toEqual(['Joshua Kimmich']);
  });

  it('keeps lower-case particles inside foreign names', () => {
    expect(names('Thủ tướng Iraq Haider al-Abadi nói rằng thủ lĩnh Abu Bakr al-Baghdadi đã bỏ chạy.')).toEqual([
      'Haider al-Abadi',
      'Abu Bakr al-Baghdadi',
    ]);
    expect(names('Danh thủ Robin van Persie giải nghệ.')).toEqual(['Robin van Persie']);
  });

  it('splits a function word glued onto a foreign name by a lost space', () => {
    expect(names('Ông Comey điều tra quan hệ của cố vấn Michael Flynnvới Nga.')).toEqual(['Michael Flynn']);
  });

  it('takes ethnic-minority names with a one-letter middle syllable and Dao family names', () => {
    expect(names('Hai đối tượng là Giàng A Páo và Bàn Văn Hòa cùng bị bắt.')).toEqual(['Giàng A Páo', 'Bàn Văn Hòa']);
    expect(names('Người khai báo là Nguyễn Văn A.')).toEqual([]);
  });

  it('keeps a role over a country that stands between a context word and a name', () => {
    expect(names('Người phát ngôn quân đội Philippines Edgar Santos cho biết như vậy.')).toEqual(['Edgar Santos']);
  });

  it('does not take brand and trim names that stand next to a model code for people', () => {
    expect(names('Giá của CX-5 Signature Premium là hơn 1 tỷ đồng.')).toEqual([]);
    expect(names('Xe Mazda CX-5 có hệ thống giải trí Mazda Connect.')).toEqual([]);
  });

  it('does not take clubs, media, trims or English country words for people', () => {
    expect(names('Anh từng được Blackburn Rovers, Crystal Palace và Tianjin China Star mời; tờ Daily Telegraph đưa tin.')).toEqual([]);
    expect(names('Mẫu xe mới có gói Sport Premium Package.')).toEqual([]);
  });

  it('does not take a street roundabout, a border gate or a junction for a person', () => {
    expect(names('Xe lao vào vòng xoay Lý Thái Tổ rồi chạy về cửa khẩu Lóng Sập.')).toEqual([]);
  });

  it('takes a given-only name the tagger reads as a person when the article repeats it', () => {
    const text = 'Trong buổi tập, cầu thủ trẻ Đức Chinh tập riêng. Sau đó, Đức Chinh trở lại sân.';
    const ner: NerToken[] = [
      ['Đức', 'Np', 'B-NP', 'B-PER'],
      ['Chinh', 'Np', 'I-NP', 'I-PER'],
    ];
    const tagged = [...ner, ...ner];
    expect(extractPeople(text, tagged).map((p) => p.name)).toEqual(['Đức Chinh']);
    // Named once, or once after a place word, it stays out.
    expect(extractPeople('Sau đó, Đức Chinh trở lại sân.', ner)).toEqual([]);
    expect(extractPeople('Sau đó, Vĩnh Lộc trở lại. Xã Vĩnh Lộc đẹp.', tagged.map((r, i) => [i % 2 ? 'Lộc' : 'Vĩnh', r[1], r[2], r[3]]))).toEqual([]);
  });
});

describe('extractPeople on glued runs, brands, titles and streets (dev3 round)', () => {
  it('ends a name where a sentence-opening word glued onto it starts the next sentence', () => {
    expect(names('Đây là bức ảnh của ca sĩ Uyên Linh Theo tường trình, cô bỏ quên hành lý.')).toEqual(['Uyên Linh']);
    expect(names('Hãng Intel mua lại Mobileye Theo Reuters, giá rất cao.')).toEqual([]);
    expect(names('Ngôi sao Khi Lionel Messi ghi bàn, khán giả reo hò.')).toEqual(['Lionel Messi']);
  });

  it('drops a heading or caption word that repeats a glued name', () => {
    expect(names('Chưa từ bỏ Matic Nemanja Matic chính là mục tiêu của MU.')).toEqual(['Nemanja Matic']);
    expect(names('Bàn thắng của Douglas Costa Costa ăn mừng cùng đồng đội.')).toEqual(['Douglas Costa']);
  });

  it('does not take brand, platform and product names for people', () => {
    expect(names('Trên đường thử, chiếc Kia Morning vượt qua Ducati Monster và Nokia Lumia.')).toEqual([]);
    expect(names('Tài khoản Instagram Elle Johnson vừa bị khóa, âm thanh Dolby Atmos rất tốt.')).toEqual([]);
    expect(names('Ông ra mắt Internet Explorer, Device Management và phụ kiện Leather Sleeve.')).toEqual([]);
  });

  it('does not take newspapers opened by a foreign article or named after a media word', () => {
    expect(names('Ông nói với tờ Le Figaro và nhật báo Italy Il Sole rằng sẽ không từ chức.')).toEqual([]);
    expect(names('Cựu thủ tướng trả lời phỏng vấn, Le Monde dẫn lời.')).toEqual([]);
    expect(names('Bà Le Pen thua cuộc bầu cử.')).toEqual(['Le Pen']);
  });

  it('takes a surname used alone after a particle, and Korean names with a hyphenated given name', () => {
    expect(names('HLV muốn để thủ thành trẻ bắt chính, thay vì De Gea hay Romero.')).toEqual(['De Gea']);
    expect(names('Tòa án xét xử cựu Tổng thống Park Geun-hye, thẩm phán Kim Se-yun chủ trì.')).toEqual([
      'Park Geun-hye',
      'Kim Se-yun',
    ]);
  });

  it('does not take a name the text elsewhere writes after a street or company word', () => {
    expect(names('Nhiều ô tô đỗ ven biển Nguyễn Tất Thành bị đập phá. Chị Dung đỗ xe trên đường Nguyễn Tất Thành.')).toEqual([]);
    expect(names('Theo kết quả của Ipsos Sopra Steria, đảng này dẫn đầu. Hãng Ipsos Sopra Steria tiến hành khảo sát.')).toEqual([]);
    // A name introduced once by a person cue stays a person wherever else it appears.
    expect(names('Ông Lê Văn Tám đến thăm. Công viên Lê Văn Tám rất đẹp.')).toEqual(['Lê Văn Tám']);
  });

  it('does not take song, film, dish or magazine titles in English for people', () => {
    expect(names('Cô hát Bad Blood và Born This Way, rồi xem Star Trek cùng bạn.')).toEqual([]);
    expect(names('Thực đơn có Lemon Cheese, còn tạp chí Rolling Stone và National Geographic đưa tin.')).toEqual([]);
  });

  it('keeps one copy of a name a caption repeats', () => {
    expect(names('Gợi cảm trong trang phục vest. Diễn viên Diệu Nhi Diệu Nhi tốt nghiệp trường Sân khấu.')).toEqual(['Diệu Nhi']);
  });

  it('does not take a page or platform word after a family-name syllable for a person', () => {
    expect(names('Cô được giới trẻ hâm mộ. Trang Instagram của cô có 5 triệu người theo dõi.')).toEqual([]);
  });

  it('does not take a place after a compass point or a capitalised place word for a person', () => {
    expect(names('Giao tranh ở miền Nam Philippines và Đông Ukraine, quân đội Nước Pháp rút về.')).toEqual([]);
    expect(names('Xe đi về khu vực Phạm Ngọc Thạch, ngang qua Từ Đà Nẵng và Liên hoan Phim Cannes.')).toEqual([]);
  });

  it('does not take family-name syllables before a club word or an institution word', () => {
    expect(names('Trận đấu ở La Liga được Trang Daily Mail đưa tin; Tập Đoàn Vàng bạc niêm yết giá.')).toEqual([]);
  });

  it('does not take the hero of a quoted folk play or a ship named after a person', () => {
    expect(names('Các nghệ sĩ diễn tích tuồng cổ “Hồ Nguyệt Cô hóa cáo”.')).toEqual([]);
    expect(names('Nhóm tàu sân bay Carl Vinson tiến vào Biển Nhật Bản.')).toEqual([]);
  });

  it('takes a given-only player\'s name opened by an institution word when the tagger reads a person', () => {
    const text = 'Trên hàng công, tiền đạo Công Phượng đá hộ công. Sau đó, Công Phượng ghi bàn.';
    const ner: NerToken[] = [
      ['Công', 'Np', 'B-NP', 'B-PER'],
      ['Phượng', 'Np', 'I-NP', 'I-PER'],
    ];
    expect(extractPeople(text, [...ner, ...ner]).map((p) => p.name)).toEqual(['Công Phượng']);
    expect(names('Bộ Công Thương chủ trì cuộc họp.')).toEqual([]);
  });

  it('drops "Theo X" when another name of the text ends in X (a credit, not Theo Walcott)', () => {
    expect(names('Chuyên gia Giorgio Cafiero nhận định như vậy. Theo Cafiero, Qatar sẽ không nhượng bộ.')).toEqual(['Giorgio Cafiero']);
    expect(names('Tiền đạo Theo Walcott ghi bàn.')).toEqual(['Theo Walcott']);
  });

  it('reads a capitalised "Anh", "Em" or "Nguyên" as a given name mid-sentence, as an honorific opening one', () => {
    expect(names('Trong đêm nhạc, ca sĩ Nguyên Lộc hát hai bài.')).toEqual(['Nguyên Lộc']);
    expect(names('Anh Nguyễn Văn Nam cho biết xe bị hỏng.')).toEqual(['Nguyễn Văn Nam']);
  });

  it('does not count a sign-off followed by its source credit as a person', () => {
    expect(names('Gia đình vẫn đang tìm kiếm cháu bé. Cao Nguyên Theo Đời sống Plus/GĐVN')).toEqual([]);
  });
});

describe('extractPeople regressions', () => {
  it('finishes at once on a long upper-case quote before a sign-off (byline pattern backtracked for minutes)', () => {
    const shout = 'ĐỪNG MUA HÀNG TRÔI NỔI NỮA NHÉ MỌI NGƯỜI ƠI VÌ RẤT NGUY HIỂM ĐẤY CÁC BẠN Ạ';
    const started = Date.now();
    const people = names(`Một bạn đọc viết: "${shout} ${shout}"... Minh Anh`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(people).toEqual([]);
  });
});
