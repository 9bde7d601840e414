// Matching: offers of help on one side; choose one and the households with a fitting open need
// are ranked, each score explained part by part. Approving gives one unit to a household.
import { useState } from 'react';
import { Alert, Button, Center, Checkbox, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { errorText } from '../../lib/errors.ts';
import { CASE_ROLES } from '../../../shared/contract/households.ts';
import type { Candidate } from '../../../shared/contract/matching.ts';
import { useOffers, useSuggest } from './queries.ts';
import { OfferList } from './OfferList.tsx';
import { NewOfferModal } from './NewOfferModal.tsx';
import { CandidateCard } from './CandidateCard.tsx';
import { ApproveModal } from './ApproveModal.tsx';

export function MatchingPage() {
  const { t } = useTranslation('households');
  const allowed = useSession().hasRole(...CASE_ROLES);
  const [showUsedUp, setShowUsedUp] = useState(false);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [approving, setApproving] = useState<Candidate | null>(null);
  const offers = useOffers(showUsedUp);
  const suggest = useSuggest(allowed ? selected : null);
  if (!allowed) return <NotAllowed roles={[...CASE_ROLES]} />;
  const offer = suggest.data?.offer ?? offers.data?.find((o) => o.id === selected) ?? null;
  const usedUp = !!offer && offer.remaining === 0;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('matching.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="offer-new">
          {t('offers.new')}
        </Button>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={4}>{t('offers.listTitle')}</Title>
              <Checkbox size="xs" label={t('offers.showUsedUp')} checked={showUsedUp} onChange={(e) => setShowUsedUp(e.currentTarget.checked)} data-testid="offer-show-used-up" />
            </Group>
            {offers.isPending && <Loader size="sm" />}
            {offers.isError && <Alert color="red">{errorText(offers.error, t)}</Alert>}
            {offers.data && <OfferList offers={offers.data} selected={selected} onSelect={setSelected} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm" data-testid="candidates">
            <Title order={4}>{offer ? t('matching.candidatesFor', { title: offer.title }) : t('matching.candidates')}</Title>
            {!selected && <Text c="dimmed" size="sm">{t('matching.chooseOffer')}</Text>}
            {usedUp && <Alert color="gray" data-testid="offer-used-up-note">{t('matching.usedUpNote')}</Alert>}
            {suggest.isFetching && !suggest.data && <Center py="lg"><Loader /></Center>}
            {suggest.isError && <Alert color="red">{errorText(suggest.error, t)}</Alert>}
            {suggest.data && suggest.data.candidates.length === 0 && <Text c="dimmed" size="sm" data-testid="candidates-none">{t('matching.none')}</Text>}
            {suggest.data?.candidates.map((c, i) => (
              <CandidateCard key={`${c.householdId}-${c.needId}`} candidate={c} rank={i + 1} canApprove={!usedUp} onApprove={() => setApproving(c)} />
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
      <NewOfferModal opened={creating} onClose={() => setCreating(false)} onCreated={(o) => setSelected(o.id)} />
      {offer && <ApproveModal offer={offer} candidate={approving} onClose={() => setApproving(null)} />}
    </Stack>
  );
}
