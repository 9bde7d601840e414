// An amount typed in the centre's unit (rials or tomans), Persian or Latin digits, with or
// without separators (the form's onChange takes the reformatted text as a plain value). Below it: the amount in Persian words (fa) or as it will be recorded (en).
import { Text, TextInput, useDirection, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { formatMoney, parseMoney } from '../../../shared/domain/money.ts';
import { rialsInWords } from '../../../shared/domain/words.ts';

type Props = Omit<TextInputProps, 'value'> & { value?: string; 'data-testid'?: string };

export function MoneyInput({ value = '', ...props }: Props) {
  const { t } = useTranslation('treasury');
  const { dir } = useDirection();
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const parsed = parseMoney(value, unit);
  const shown = parsed.ok && parsed.rials > 0 ? (f.lang === 'fa' ? rialsInWords(parsed.rials, unit) : f.money(parsed.rials)) : null;

  return (
    <div>
      <TextInput
        {...props}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        dir="ltr"
        styles={{ input: { textAlign: dir === 'rtl' ? 'right' : 'left' } }}
        rightSection={
          <Text size="xs" c="dimmed">
            {t(`unit.${unit}`)}
          </Text>
        }
        rightSectionWidth={56}
        onBlur={(e) => {
          // Once typed, the amount is shown grouped in thousands, in the language's digits.
          const text = parsed.ok && parsed.rials > 0 ? formatMoney(parsed.rials, { unit, withUnit: false, digits: f.lang === 'fa' ? 'fa' : 'latin' }) : value;
          if (text !== value) (props.onChange as unknown as ((v: string) => void) | undefined)?.(text);
          props.onBlur?.(e);
        }}
      />
      {shown && !props.error && (
        <Text size="xs" c="teal.8" mt={4} data-testid={props['data-testid'] && `${props['data-testid']}-words`} aria-live="polite">
          {shown}
        </Text>
      )}
    </div>
  );
}
