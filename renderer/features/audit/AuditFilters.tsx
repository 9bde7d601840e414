// Filters of the audit log: record type and a Jalali date range.
import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { AUDIT_ENTITIES } from '../../../shared/contract/audit.ts';

export interface AuditFilterValues {
  entity: string | null;
  from: string | null;
  to: string | null;
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange(v: AuditFilterValues): void }) {
  const { t } = useTranslation('audit');
  const today = todayIso();
  const reversed = !!value.from && !!value.to && value.from > value.to;
  const any = value.entity !== null || value.from !== null || value.to !== null;
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <Select
        label={t('filters.entity')}
        placeholder={t('filters.allEntities')}
        clearable
        w={200}
        value={value.entity}
        onChange={(entity) => onChange({ ...value, entity })}
        data={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`entities.${e}`) }))}
        data-testid="audit-entity"
      />
      <div style={{ width: 190 }}>
        <JalaliDateInput label={t('filters.from')} value={value.from} onChange={(from) => onChange({ ...value, from })} maxDate={today} data-testid="audit-from" />
      </div>
      <div style={{ width: 190 }}>
        <JalaliDateInput
          label={t('filters.to')}
          value={value.to}
          onChange={(to) => onChange({ ...value, to })}
          maxDate={today}
          error={reversed ? t('filters.reversed') : undefined}
          data-testid="audit-to"
        />
      </div>
      {any && (
        <Button
          variant="subtle"
          mt={25}
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange({ entity: null, from: null, to: null })}
          data-testid="audit-clear"
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
