import type { JSX } from 'preact';
import { useRouter } from '../state/router';
import { apiSearchParams } from '../state/view-state';

/** The export URL of the current search in a format. */
export function exportUrl(params: URLSearchParams, format: 'csv' | 'json'): string {
  const withFormat = new URLSearchParams(params);
  withFormat.set('format', format);
  return `/api/export?${withFormat}`;
}

/** Download links for the current results (the API builds the file). */
export function ExportLinks(): JSX.Element {
  const { view } = useRouter();
  const params = apiSearchParams(view);
  return (
    <p class="export">
      <span id="export-label">Tải kết quả:</span>{' '}
      <a href={exportUrl(params, 'csv')} download aria-describedby="export-label">
        CSV
      </a>{' '}
      <a href={exportUrl(params, 'json')} download aria-describedby="export-label">
        JSON
      </a>
    </p>
  );
}
