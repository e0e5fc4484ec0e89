import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** A calendar date (`yyyy-MM-dd`, no time zone) as people read it in the language. */
export function formatDate(date: string | null | undefined, language: string): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  // Formatted in UTC so that no time zone moves the day.
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An instant (ISO-8601 with offset) in the browser's time zone; with seconds where they matter (an audit trail). */
export function formatDateTime(instant: string | null | undefined, language: string, withSeconds = false): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' }).format(date);
}

export function formatNumber(value: number | null | undefined, language: string): string {
  return value == null ? '' : new Intl.NumberFormat(language).format(value);
}

/** Formatters bound to the interface language (re-rendered when it changes). */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    date: (date: string | null | undefined) => formatDate(date, language),
    dateTime: (instant: string | null | undefined) => formatDateTime(instant, language),
    dateTimeSeconds: (instant: string | null | undefined) => formatDateTime(instant, language, true),
    number: (value: number | null | undefined) => formatNumber(value, language),
  };
}

/** A text field as the API takes it: trimmed, or null when empty. */
export const toApiText = (value: string | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/** antd's date pickers hold dayjs values; the API takes `yyyy-MM-dd`. */
export const toApiDate = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
export const fromApiDate = (value: string | null | undefined): Dayjs | undefined => (value ? dayjs(value, 'YYYY-MM-DD') : undefined);
export const today = (): Dayjs => dayjs().startOf('day');
