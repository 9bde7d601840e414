// How a treasury form shows its messages. The server's (a field the main process refused) are
// kept apart from the form's own checks, so a later check does not wipe them; each goes when
// its field changes. The form's own checks run on blur only for a field that has something in
// it: an empty required field is reported on save, so leaving it (say, to click a button
// below) does not push the page down under the pointer.
import { useState } from 'react';

interface Payload {
  inputProps: { error?: unknown };
  field: string;
  form: { getValues(): object; validateField(path: never): unknown };
}

export function useServerErrors<V extends object>() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  return {
    errors,
    setErrors,
    /** for useForm's onValuesChange */
    onValuesChange(values: V, previous: V) {
      const changed = (Object.keys(values) as (keyof V)[]).filter((k) => values[k] !== previous[k]).map(String);
      if (changed.length === 0) return;
      setErrors((e) => {
        const kept = Object.entries(e).filter(([k]) => !changed.includes(k));
        return kept.length === Object.keys(e).length ? e : Object.fromEntries(kept);
      });
    },
    /** for useForm's enhanceGetInputProps (with validateInputOnBlur off) */
    enhance({ inputProps, field, form }: Payload) {
      const value = (form.getValues() as Record<string, unknown>)[field];
      return {
        ...(!inputProps.error && errors[field] ? { error: errors[field] } : {}),
        onBlur: () => {
          if (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined) form.validateField(field as never);
        },
      };
    },
  };
}
