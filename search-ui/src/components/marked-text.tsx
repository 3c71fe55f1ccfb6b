import type { JSX } from 'preact';
import type { TextSegment } from '../lib/segments';

/** Renders text segments as text nodes, the matched ones inside <mark>. */
export function MarkedText({ segments }: { segments: TextSegment[] }): JSX.Element {
  return <>{segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
