import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface InstantPickerProps {
  id?: string;
  /** An ISO-8601 instant (UTC, `…Z`), as the URL and the API hold it. */
  value?: string;
  onChange?: (instant: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
}

/**
 * A date and time in the browser's time zone, held as an ISO instant: what the audit list's
 * from/to filters send. A value that is not an instant (a hand-edited URL) shows as empty.
 */
export function InstantPicker({ id, value, onChange, placeholder, ...rest }: InstantPickerProps) {
  const parsed = value ? dayjs(value) : undefined;
  return (
    <DatePicker
      id={id}
      aria-label={rest['aria-label']}
      showTime={{ format: 'HH:mm:ss' }}
      format="YYYY-MM-DD HH:mm:ss"
      value={parsed?.isValid() ? parsed : null}
      onChange={(next) => onChange?.(next ? next.toISOString() : undefined)}
      placeholder={placeholder}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
