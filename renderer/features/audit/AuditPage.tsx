// The audit log (administrators only): who changed what and when, filtered and paged in SQL.
import { useMemo, useState } from 'react';
import { Alert, Group, Loader, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { AuditFilters, type AuditFilterValues } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { USERS_KEY } from '../users/useUserMutation.ts';

const PAGE_SIZE = 50;

export function AuditPage() {
  const session = useSession();
  if (!session.hasRole('admin')) return <NotAllowed roles={['admin']} />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation('audit');
  const fmt = useFormat();
  const [filters, setFilters] = useState<AuditFilterValues>({ entity: null, from: null, to: null });
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['audit.list', filters, page],
    queryFn: () =>
      invoke('audit.list', {
        entity: filters.entity,
        from: filters.from ?? undefined,
        to: filters.to ?? undefined,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => invoke('users.list', {}) });
  const usernames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.username])), [users.data]);
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);

  return (
    <Stack data-testid="audit-page">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm">
          {t('subtitle')}
        </Text>
      </div>
      <AuditFilters
        value={filters}
        onChange={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
      <Paper withBorder radius="md" p="xs">
        {query.isPending && <Loader m="md" />}
        {query.isError && <Alert color="red">{errorText(query.error, t)}</Alert>}
        {query.data && query.data.items.length === 0 && (
          <Text c="dimmed" p="md" data-testid="audit-empty">
            {t('empty')}
          </Text>
        )}
        {query.data && query.data.items.length > 0 && <AuditTable key={`${page}-${JSON.stringify(filters)}`} entries={query.data.items} usernames={usernames} />}
      </Paper>
      {total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="audit-summary">
            {t('pagination.summary', { ns: 'common', from: fmt.number(first), to: fmt.number(last), total: fmt.number(total) })}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getItemProps={(p) => ({ children: fmt.number(p) })}
              data-testid="audit-pagination"
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
