import type { FormInstance } from 'antd';
import { useState } from 'react';
import { isProblem, type FieldError } from './problem';
import { placeFieldErrors } from './workflow/action-spec';

/**
 * A form's server problems: field errors placed beside the fields they name, the rest kept to show above the form.
 * `show` answers whether the failure was a problem (anything else is the caller's to show).
 */
export function useFormProblems(form: FormInstance, fields: readonly string[], aliases?: Readonly<Record<string, string>>) {
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  return {
    unmatched,
    clear: () => {
      setUnmatched([]);
    },
    show: (failure: unknown): boolean => {
      if (!isProblem(failure)) return false;
      const { placed, unmatched: rest } = placeFieldErrors(fields, failure.errors, aliases);
      form.setFields([...placed].map(([name, errors]) => ({ name: name.split('.'), errors })));
      setUnmatched(rest);
      return true;
    },
  };
}
