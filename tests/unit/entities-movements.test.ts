import { extractMovements } from '../../src/analysis/entities';

describe('extractMovements', () => {
  it('takes quoted names after a trigger, keeping internal commas', () => {
    const text = 'Huyện phát động phong trào thi đua “Nông dân sản xuất, kinh doanh giỏi” và cuộc vận động “Ngày vì người nghèo”.';
    expect(extractMovements(text)).toEqual(['Nông dân sản xuất, kinh doanh giỏi', 'Ngày vì người nghèo']);
  });

  it('accepts a few words between the trigger and the quote, and straight quotes', () => {
    expect(extractMovements('Xã được công nhận danh hiệu văn hóa "Làng văn hóa kiểu mẫu" năm nay.')).toEqual(['Làng văn hóa kiểu mẫu']);
  });

  it('collapses case variants to sentence case, keeping proper names', () => {
    const text =
      'Đoàn viên hưởng ứng phong trào “Tuổi trẻ Sáng tạo, Vì Cộng đồng”. Sau đó phong trào “tuổi trẻ sáng tạo, vì cộng đồng” lan rộng, cùng thi đua “Học tập và làm theo gương Võ Thị Sáu”.';
    expect(extractMovements(text)).toEqual(['Tuổi trẻ sáng tạo, vì cộng đồng', 'Học tập và làm theo gương Võ Thị Sáu']);
  });

  it('does not take a lower-case scare quote after a trigger', () => {
    expect(extractMovements('Thành phố xây mô hình “rừng đứng” để làm sạch không khí.')).toEqual([]);
  });

  it('does not take speech, document titles or untriggered quotes', () => {
    const speech =
      'Phong trào đã lan rộng. “Chúng ta phải làm tốt hơn nữa công việc của mình, vì lợi ích của cộng đồng và của đất nước, để mỗi người dân đều được hưởng thành quả” - ông nhấn mạnh.';
    const document = 'Thực hiện Nghị quyết 12/NQ-HĐND “về phát triển giao thông nông thôn giai đoạn mới”, xã đã làm đường.';
    const untriggered = 'Bộ phim “Mùa hè rực rỡ” ra mắt tuần này.';
    expect(extractMovements(speech)).toEqual([]);
    expect(extractMovements(document)).toEqual([]);
    expect(extractMovements(untriggered)).toEqual([]);
  });

  it('takes a quote right after a verb trigger, not one that the verb only precedes by several words', () => {
    expect(extractMovements('Hàng nghìn người hưởng ứng “Giờ trái đất” năm nay.')).toEqual(['Giờ trái đất']);
    expect(extractMovements('Các nghệ sĩ sẽ tham gia biểu diễn trong “Nhạc của đình” tối nay.')).toEqual([]);
  });
});
