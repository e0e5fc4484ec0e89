import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLawyerOptions, useLawyerRecord } from './useLawyerOptions';

interface LawyerPickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
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

/** Chooses a lawyer by a part of the name or the whole certificate number (ListLawyers); the value is the lawyer's id. */
export function LawyerPicker({ id, value, onChange, placeholder, ...rest }: LawyerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const term = useDebounced(search);
  const lawyers = useLawyerOptions(term, opened);
  const selected = useLawyerRecord(value);
  const partialNumber = /^\d+$/.test(term.trim()) && term.trim().length !== 17;

  const results = partialNumber ? [] : (lawyers.data?.items ?? []);
  const options = results.map((lawyer) => ({
    value: lawyer.id,
    label: `${lawyer.name}（${lawyer.certificateNumber}）`,
    title: lawyer.name,
  }));
  if (value && !options.some((option) => option.value === value)) {
    const record = selected.data?.data;
    const label = record ? `${record.name}（${record.certificateNumber}）` : value;
    options.unshift({ value, label, title: record?.name ?? value });
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
      placeholder={placeholder ?? t('lawyerPicker.placeholder')}
      notFoundContent={
        lawyers.isFetching ? <Spin size="small" /> : partialNumber ? t('lawyerPicker.wholeNumber') : t('lawyerPicker.none')
      }
      options={options}
      optionRender={(option) => (
        <span>
          {option.label}
          <span style={{ marginInlineStart: 8, opacity: 0.6, fontSize: 12 }}>
            {lawyers.data?.items.find((lawyer) => lawyer.id === option.value)?.firmName}
          </span>
        </span>
      )}
    />
  );
}
