// First run: the centre, its administrator, empty or sample data; then signs the
// administrator in.
import { useState } from 'react';
import { Alert, Button, Group, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke, ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { setLanguage } from '../../i18n/index.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { PublicFrame } from '../../components/PublicFrame.tsx';
import { applyServerErrors, useSetupForms } from './setupForms.ts';
import { provinceToServer, useProvinceLabel } from './provinces.ts';
import { CentreStep } from './CentreStep.tsx';
import { AdminStep } from './AdminStep.tsx';
import { DataStep } from './DataStep.tsx';

const LAST = 2;

export function SetupWizard() {
  const { t, i18n } = useTranslation('setup');
  const session = useSession();
  const forms = useSetupForms(t);
  const provinceLabel = useProvinceLabel();
  const fmt = useFormat();
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stepForms = [forms.centre, forms.admin, forms.data] as const;

  async function finish() {
    const c = forms.centre.values;
    const a = forms.admin.values;
    setBusy(true);
    setError(null);
    try {
      const r = await invoke('setup.init', {
        centre: { name: c.name, province: provinceToServer(c.province), city: c.city },
        admin: { username: a.username, displayName: a.displayName, password: a.password },
        sampleData: forms.data.values.start === 'sample',
      });
      notifications.show({ color: 'teal', message: r.sampleDonors ? t('doneSample', { n: fmt.number(r.sampleDonors) }) : t('done') });
      try {
        const lang = i18n.language === 'en' ? 'en' : 'fa';
        await session.signIn(a.username, a.password);
        // The new account takes the language chosen during setup.
        if (lang !== i18n.language) {
          await setLanguage(lang);
          session.setUser(await invoke('auth.setLocale', { locale: lang }));
        }
      } finally {
        await session.setupDone();
      }
    } catch (err) {
      setBusy(false);
      const step = applyServerErrors(forms, fieldErrors(err, t));
      if (step >= 0) return setActive(step);
      setError(err);
      // Someone finished setup meanwhile (another window): go on to sign-in.
      if (err instanceof ApiError && err.code === 'CONFLICT') await session.setupDone();
    }
  }

  function next() {
    if (stepForms[active]!.validate().hasErrors) return;
    if (active < LAST) setActive(active + 1);
    else void finish();
  }

  const summary = t('data.summary', {
    name: isolate(forms.centre.values.name.trim()),
    city: isolate(forms.centre.values.city.trim()),
    province: isolate(provinceLabel(provinceToServer(forms.centre.values.province))),
    username: isolate(forms.admin.values.username.trim().toLowerCase()),
  });

  return (
    <PublicFrame size="sm">
      <Title order={2} mb={4}>
        {t('title')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('subtitle')}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        <Stepper active={active} onStepClick={(i) => i < active && setActive(i)} size="sm" mb="xl" allowNextStepsSelect={false}>
          <Stepper.Step label={t('steps.centre')} description={t('steps.centreHint')} icon={fmt.digits(1)} data-testid="setup-step-centre">
            <CentreStep form={forms.centre} />
          </Stepper.Step>
          <Stepper.Step label={t('steps.admin')} description={t('steps.adminHint')} icon={fmt.digits(2)} data-testid="setup-step-admin">
            <AdminStep form={forms.admin} />
          </Stepper.Step>
          <Stepper.Step label={t('steps.data')} description={t('steps.dataHint')} icon={fmt.digits(3)} data-testid="setup-step-data">
            <DataStep form={forms.data} summary={summary} />
          </Stepper.Step>
        </Stepper>
        {error !== null && (
          <Alert color="red" icon={<IconAlertCircle />} mb="md" data-testid="setup-error">
            {errorText(error, t)}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setActive(active - 1)} disabled={active === 0 || busy} data-testid="setup-back">
            {t('actions.back')}
          </Button>
          {active < LAST ? (
            <Button type="submit" data-testid="setup-next">
              {t('actions.next')}
            </Button>
          ) : (
            <Button type="submit" loading={busy} data-testid="setup-submit">
              {t('actions.finish')}
            </Button>
          )}
        </Group>
      </form>
    </PublicFrame>
  );
}
