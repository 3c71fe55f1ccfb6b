import { taggedPeopleNames as names } from '../utils/people-names';

describe('people: products, colours and species are not people', () => {
  it('takes no paint colour named after a Vietnamese colour word or in a list of colours for a person', () => {
    expect(names('Chiếc xe có ba màu sơn là xanh Ocean Green, tím Midnight Purple Pearl và xám Storm Grey.')).toEqual([]);
    expect(names('Mẫu điện thoại có 3 màu: Arctic Silver, Deepsea Black và Sunset Pink.')).toEqual([]);
  });

  it('still takes people whose family name is a colour word', () => {
    expect(names('Ông Damian Green và tiền vệ Demarai Gray cùng ca sĩ Chris Brown đến dự.')).toEqual(['Damian Green', 'Demarai Gray', 'Chris Brown']);
    expect(names('Người da đen Michael Brown bị bắn.')).toEqual(['Michael Brown']);
    expect(names('Nhà báo Daniel Pearl bị sát hại.')).toEqual(['Daniel Pearl']);
  });

  it('takes no model named by an engine word for a person', () => {
    expect(names('Các mẫu bị thu hồi gồm Civic, Jazz, Jazz Hybrid, Brio và Odyssey, tất cả đều lỗi.')).toEqual([]);
    expect(names('Động cơ dùng công nghệ BMW TwinPower Turbo. Nó mạnh.')).toEqual([]);
  });

  it('takes no Latin name of a species for a person', () => {
    expect(names('Loài cá sấu Crocodylus Siamensis sống ở đây.')).toEqual([]);
    expect(names('Hóa thạch của Titanosuchus Minor được tìm thấy.')).toEqual([]);
  });
});

describe('people: charts, motorcycles and holidays are not people', () => {
  it('takes no music chart or custom motorcycle for a person', () => {
    expect(names('Ca khúc mới dẫn đầu Billboard Hot 100 sau đó.')).toEqual([]);
    expect(names('Mẫu xe gợi nhớ chiếc siêu môtô Confederate Wraith nổi tiếng.')).toEqual([]);
  });

  it('takes no holiday named in English for a person, but still a golfer named Day', () => {
    expect(names('Những món quà nhỏ cho Valentine Day năm nay.')).toEqual([]);
    expect(names('Tay golf Jason Day giành chức vô địch.')).toEqual(['Jason Day']);
  });
});

describe('people: audio brands are not people', () => {
  it('takes no brand after a sound-system word for a person, but still a cued sound engineer', () => {
    expect(names('Xe có màn hình lớn, dàn âm thanh Mark Levinson và ghế da.')).toEqual([]);
    expect(names('Kỹ sư âm thanh Mark Levinson cho biết.')).toEqual(['Mark Levinson']);
  });
});

describe('people: a trim colour written once before a product word is not a person', () => {
  it('takes no colour that the text elsewhere writes before "Design Package" for a person', () => {
    expect(names('Gói GT Storm Grey Design Package có thêm ghế da. Gói GT Storm Grey bán từ tháng sau.')).toEqual([]);
    expect(names('Ông Damian Green phát biểu. Sau đó Damian Green rời đi.')).toEqual(['Damian Green']);
  });
});
