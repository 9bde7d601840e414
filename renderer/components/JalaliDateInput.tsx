// A Jalali date typed the way people type it (1405/09/03 or 1405/9/3, Persian or Latin digits), with a
// Persian calendar in a popover. The value in and out is an ISO date (YYYY-MM-DD) or null; all
// conversions go through shared/domain/jalali.ts, never through the picker's own arithmetic.
import { useEffect, useState, type CSSProperties } from 'react';
import { ActionIcon, CloseButton, Group, Popover, TextInput } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { DayPicker, enUS, faIR } from '@daypicker/persian';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { formatJalali, parseJalali, todayIso } from '../../shared/domain/jalali.ts';

export interface JalaliDateInputProps {
  value: string | null;
  onChange(iso: string | null): void;
  label: string;
  error?: string | undefined;
  /** latest ISO date allowed (e.g. today for a birth date) */
  maxDate?: string | undefined;
  description?: string;
  required?: boolean;
  autoFocus?: boolean;
  'data-testid'?: string;
}

/** ISO → a local Date at noon, so no time zone can move it to another day. */
function isoToDate(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
}
function dateToIso(d: Date): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1, 2)}-${p(d.getDate(), 2)}`;
}

// Mantine's look for the picker, through DayPicker's own CSS variables.
const pickerStyle = {
  '--rdp-accent-color': 'var(--mantine-primary-color-filled)',
  '--rdp-accent-background-color': 'var(--mantine-primary-color-light)',
  '--rdp-day-height': '36px',
  '--rdp-day-width': '36px',
  '--rdp-day_button-height': '34px',
  '--rdp-day_button-width': '34px',
  '--rdp-day_button-border-radius': 'var(--mantine-radius-md)',
  '--rdp-nav-height': '2.25rem',
  '--rdp-nav_button-height': '1.9rem',
  '--rdp-nav_button-width': '1.9rem',
  fontFamily: 'inherit',
  fontSize: 'var(--mantine-font-size-sm)',
  margin: 0,
} as CSSProperties;

export function JalaliDateInput(props: JalaliDateInputProps) {
  const { value, onChange, maxDate } = props;
  const { t, i18n } = useTranslation('components');
  const lang = i18n.language === 'en' ? 'en' : 'fa';
  const show = (iso: string) => formatJalali(iso, { digits: lang === 'fa' ? 'fa' : 'latin' });
  const [text, setText] = useState(() => (value ? show(value) : ''));
  const [localError, setLocalError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  // A value set from outside (a reset, a loaded record) replaces the text, unless the text
  // already says the same date in another spelling.
  useEffect(() => {
    setText((prev) => {
      const p = parseJalali(prev);
      if ((p.ok ? p.iso : null) === value) return prev;
      return value ? show(value) : '';
    });
  }, [value]);
  // Switching language redraws the date in the language's digits.
  useEffect(() => {
    if (value) setText(show(value));
  }, [lang]);

  const tooLate = (iso: string) => !!maxDate && iso > maxDate;

  function type(s: string) {
    setText(s);
    setLocalError(null);
    const p = parseJalali(s);
    // The value always matches what is shown: a half-typed, impossible or too-late date is no
    // date, so a form can never save the previous value under different text.
    if (p.ok && !tooLate(p.iso)) onChange(p.iso);
    else if (value !== null) onChange(null);
  }

  function blur() {
    const p = parseJalali(text);
    if (!p.ok) {
      if (p.reason !== 'empty') setLocalError(t(`errors:v.date.${p.reason}`));
      return;
    }
    if (tooLate(p.iso)) return setLocalError(t('errors:v.date.future'));
    setText(show(p.iso));
  }

  function pick(d: Date | undefined) {
    setOpen(false);
    if (!d) return;
    const iso = dateToIso(d);
    setText(show(iso));
    setLocalError(null);
    onChange(iso);
  }

  const selected = value ? isoToDate(value) : undefined;
  const last = maxDate ? isoToDate(maxDate) : isoToDate(`${Number(todayIso().slice(0, 4)) + 10}-12-31`);
  const testId = props['data-testid'];

  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <TextInput
          label={props.label}
          description={props.description}
          required={props.required}
          autoFocus={props.autoFocus}
          value={text}
          onChange={(e) => type(e.currentTarget.value)}
          onBlur={blur}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) setOpen(true);
          }}
          placeholder={t('date.placeholder')}
          error={localError ?? props.error}
          inputMode="numeric"
          autoComplete="off"
          styles={{ input: { direction: 'ltr', textAlign: lang === 'fa' ? 'right' : 'left' } }}
          data-testid={testId}
          rightSectionWidth={text ? 56 : 32}
          rightSection={
            <Group gap={0} wrap="nowrap">
              {text && (
                <CloseButton size="sm" aria-label={t('date.clear')} onClick={() => type('')} data-testid={testId && `${testId}-clear`} />
              )}
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('date.openCalendar')}
                onClick={() => setOpen((o) => !o)}
                data-testid={testId && `${testId}-calendar`}
              >
                <IconCalendar size={16} />
              </ActionIcon>
            </Group>
          }
        />
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <DayPicker
          mode="single"
          selected={selected}
          onSelect={pick}
          defaultMonth={selected ?? (maxDate && tooLate(todayIso()) ? last : new Date())}
          captionLayout="dropdown"
          weekStartsOn={6}
          startMonth={new Date(1921, 2, 21)}
          endMonth={last}
          disabled={maxDate ? { after: last } : undefined}
          locale={lang === 'fa' ? faIR : enUS}
          dir={lang === 'fa' ? 'rtl' : 'ltr'}
          numerals={lang === 'fa' ? 'arabext' : 'latn'}
          autoFocus
          style={pickerStyle}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
