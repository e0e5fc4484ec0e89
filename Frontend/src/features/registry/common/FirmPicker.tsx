import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmStatus } from '../../../shared/ui/enums';
import { useFirmOptions, useFirmRecord } from './useFirmOptions';

interface FirmPickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Offer only firms in this status (e.g. practising ones for a registration or transfer). */
  status?: FirmStatus;
  /** A firm that may not be chosen (the one a lawyer is transferring from). */
  excludeId?: string;
  placeholder?: string;
  'aria-label'?: string;
}

function useDebounced<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Chooses a firm by typing part of its name (ListFirms, name contains); the value is the firm's id. */
export function FirmPicker({ id, value, onChange, status, excludeId, placeholder, ...rest }: FirmPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Firms are looked up once the list is opened, not for every picker on a page.
  const [opened, setOpened] = useState(false);
  const term = useDebounced(search);
  const firms = useFirmOptions(term, status, opened);
  const selected = useFirmRecord(value);

  const options = (firms.data?.items ?? [])
    .filter((firm) => firm.id !== excludeId)
    .map((firm) => ({ value: firm.id, label: firm.name, title: firm.name }));
  if (value && !options.some((option) => option.value === value)) {
    // The chosen firm may not be among the search results: name it from its own record.
    options.unshift({ value, label: selected.data?.data.name ?? value, title: selected.data?.data.name ?? value });
  }

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      onOpenChange={(open) => open && setOpened(true)}
      value={value}
      onChange={(next: string | undefined) => {
        setSearch('');
        onChange?.(next);
      }}
      placeholder={placeholder ?? t('firmPicker.placeholder')}
      notFoundContent={firms.isFetching ? <Spin size="small" /> : t('firmPicker.none')}
      options={options}
      optionRender={(option) => (
        <span>
          {option.label}
          <span style={{ marginInlineStart: 8, opacity: 0.6, fontSize: 12 }}>
            {firms.data?.items.find((firm) => firm.id === option.value)?.regionName}
          </span>
        </span>
      )}
    />
  );
}
