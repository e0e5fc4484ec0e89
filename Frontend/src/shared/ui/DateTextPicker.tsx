import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface DateTextPickerProps {
  id?: string;
  /** The value as the URL and the API hold it: `yyyy-MM-dd`, or with `withTime` an ISO-8601 instant (UTC, `…Z`). */
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** A date and time in the browser's time zone, held as an instant (the audit trail's from/to); else a calendar date. */
  withTime?: boolean;
  placeholder?: string;
  'aria-label'?: string;
}

function parse(value: string | undefined, withTime: boolean): Dayjs | null {
  if (!value) return null;
  const parsed = withTime ? dayjs(value) : dayjs(value, 'YYYY-MM-DD', true);
  return parsed.isValid() ? parsed : null;
}

/**
 * A date picker for list filters, whose value is text (a URL parameter): a calendar date
 * (`filedFrom`, `decidedTo`) or, with `withTime`, an instant. A value that does not parse (a
 * hand-edited URL) shows as empty.
 */
export function DateTextPicker({ id, value, onChange, withTime = false, placeholder, ...rest }: DateTextPickerProps) {
  return (
    <DatePicker
      id={id}
      aria-label={rest['aria-label']}
      showTime={withTime ? { format: 'HH:mm:ss' } : undefined}
      format={withTime ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD'}
      value={parse(value, withTime)}
      onChange={(next) => onChange?.(next ? (withTime ? next.toISOString() : next.format('YYYY-MM-DD')) : undefined)}
      placeholder={placeholder}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
