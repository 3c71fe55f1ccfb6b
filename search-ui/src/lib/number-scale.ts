import { formatNumber } from './format';

/** Scale words a reader can apply to the range: values are stored with the scale applied. */
export const SCALES = [
  { label: '', factor: 1 },
  { label: 'nghìn', factor: 1e3 },
  { label: 'triệu', factor: 1e6 },
  { label: 'tỷ', factor: 1e9 },
] as const;

/** The largest scale that writes both bounds as whole numbers (10400000000000 → 10400 tỷ). */
export function pickScale(min: string, max: string): number {
  const bounds = [min, max].filter(Boolean).map(Number);
  if (bounds.length === 0 || bounds.some((b) => b === 0)) return 1;
  const fits = SCALES.filter((s) => bounds.every((b) => Number.isInteger(b / s.factor)));
  return fits[fits.length - 1]?.factor ?? 1;
}

/** A stored bound written in a scale ("" stays ""). */
export function scaled(value: string, factor: number): string {
  return value === '' ? '' : String(Number(value) / factor);
}

/** A bound typed in a scale, as stored (scale applied). */
export function unscaled(value: string, factor: number): string {
  return value.trim() === '' ? '' : String(Math.round(Number(value) * factor * 1e6) / 1e6);
}

/** The number filter in words, in the scale a reader would say: "từ 10.000 đến 11.000 tỷ đồng". */
export function numberRangeLabel(view: { unit: string; min: string; max: string }): string {
  const factor = pickScale(view.min, view.max);
  const scale = SCALES.find((s) => s.factor === factor)?.label ?? '';
  const bound = (value: string): string => formatNumber(Number(scaled(value, factor)));
  const range = [view.min && `từ ${bound(view.min)}`, view.max && `đến ${bound(view.max)}`].filter(Boolean).join(' ');
  return [range, scale, view.unit].filter(Boolean).join(' ');
}
