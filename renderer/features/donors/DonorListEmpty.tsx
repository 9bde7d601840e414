// What the list says when it has nothing to show: no donors yet (with a way to add the first),
// or nothing matched the search and filters.
import { Button, EmptyState } from '@mantine/core';
import { IconHeartHandshake, IconSearchOff, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function DonorListEmpty({ unfiltered, onClear }: { unfiltered: boolean; onClear(): void }) {
  const { t } = useTranslation('donors');
  if (unfiltered) {
    return (
      <EmptyState
        data-testid="donor-empty"
        py="xl"
        variant="light"
        icon={<IconHeartHandshake size={32} />}
        title={t('empty.noneTitle')}
        description={t('empty.noneText')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/donors/new" leftSection={<IconPlus size={16} />}>
            {t('empty.addFirst')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      data-testid="donor-no-match"
      py="xl"
      icon={<IconSearchOff size={32} />}
      title={t('empty.noMatchTitle')}
      description={t('empty.noMatchText')}
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          {t('empty.clearFilters')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
