import type { JSX } from 'preact';
import { NETWORK_ERROR } from '../api/client';
import type { ApiError } from '../api/client';

interface Explanation {
  title: string;
  advice: string;
}

/** What went wrong and what the reader can do, in words a reader understands. */
export function explainError(error: ApiError): Explanation {
  if (error.code === 'engine_unavailable') {
    return {
      title: 'Máy tìm kiếm tạm thời không hoạt động',
      advice: 'Trang web vẫn chạy nhưng chưa kết nối được tới máy tìm kiếm. Vui lòng thử lại sau ít phút; nếu lỗi kéo dài, hãy báo cho quản trị viên.',
    };
  }
  if (error.code === NETWORK_ERROR) {
    return { title: 'Không kết nối được với máy chủ', advice: 'Hãy kiểm tra kết nối mạng rồi thử lại.' };
  }
  if (error.status === 404) {
    return { title: 'Không tìm thấy nội dung này', advice: 'Đường dẫn có thể đã cũ hoặc bài viết đã bị gỡ. Hãy quay lại trang tìm kiếm.' };
  }
  if (error.status === 400) {
    return { title: 'Yêu cầu tìm kiếm không hợp lệ', advice: `Hãy kiểm tra lại các bộ lọc (${error.message}).` };
  }
  if (error.status === 429) {
    return { title: 'Bạn đang tìm quá nhanh', advice: 'Vui lòng chờ vài giây rồi thử lại.' };
  }
  return { title: 'Đã có lỗi xảy ra', advice: 'Vui lòng thử lại sau ít phút.' };
}

/** An error box (announced to screen readers) with a retry button. */
export function ErrorMessage({ error, onRetry, retrying = false }: { error: ApiError; onRetry?: () => void; retrying?: boolean }): JSX.Element {
  const { title, advice } = explainError(error);
  return (
    <div class="notice notice--error" role="alert" data-error-code={error.code}>
      <h2 class="notice__title">{title}</h2>
      <p>{advice}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Đang thử lại…' : 'Thử lại'}
        </button>
      )}
    </div>
  );
}
