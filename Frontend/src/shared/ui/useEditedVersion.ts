import type { UseQueryResult } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { Versioned } from '../api/client';

/** Reads a record again for a "reload" after a 412: the fresh record, or undefined when that failed too. */
export function refetchVersioned<T>(query: Pick<UseQueryResult<Versioned<T>>, 'refetch'>) {
  return async (): Promise<Versioned<T> | undefined> => {
    const result = await query.refetch();
    return result.isError ? undefined : result.data;
  };
}

/**
 * The version an edit form started from, and the "reload" of a 412: a background refetch must not
 * move it silently (that would overwrite somebody else's change); a successful save (`setBase`)
 * or the reload does, resetting the form to what is stored now.
 */
export function useEditedVersion<T extends { version: number }, Values>(
  loaded: Versioned<T>,
  reload: () => Promise<Versioned<T> | undefined>,
  form: FormInstance<Values>,
  toValues: (record: T) => Values,
  clearProblem: () => void,
) {
  const [base, setBase] = useState(loaded);
  const [reloading, setReloading] = useState(false);

  async function reloadRecord() {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        setBase(fresh);
        form.resetFields();
        form.setFieldsValue(toValues(fresh.data) as Parameters<FormInstance<Values>['setFieldsValue']>[0]);
        clearProblem();
      }
    } finally {
      setReloading(false);
    }
  }

  return { base, setBase, reloading, reloadRecord };
}
