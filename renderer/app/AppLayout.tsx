// The frame of the signed-in app: header (centre, user, language, sign out) and navigation.
import { AppShell, Burger, Group, NavLink, Text, Menu, UnstyledButton, Avatar, Title, ThemeIcon, Box } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { IconUsers, IconHeartHandshake, IconHistory, IconSettings, IconLogout, IconLanguage } from '@tabler/icons-react';
import { useSession } from './session.tsx';
import { invoke } from '../api/client.ts';
import { setLanguage } from '../i18n/index.ts';
import type { Role } from '../../shared/contract/channel.ts';
import { IconCash, IconChartBar, IconFileAnalytics, IconPhoneCall, IconReceipt } from '@tabler/icons-react';
import { MONEY_ROLES } from '../../shared/contract/pledges.ts';
import { IconHomeHeart, IconArrowsExchange } from '@tabler/icons-react';
import { CASE_ROLES } from '../../shared/contract/households.ts';
import { IconBuildingCommunity, IconLayoutDashboard } from '@tabler/icons-react';
import { IconCopy, IconReportAnalytics, IconTransfer } from '@tabler/icons-react';
import { EXCHANGE_ROLES } from '../../shared/contract/agency.ts';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconUsers;
  roles?: Role[];
}

/** The item the address belongs to: the longest match, so /projects/board lights the board
 *  alone and not the projects list too. */
function activeTo(items: NavItem[], path: string): string | undefined {
  return items
    .filter((i) => path === i.to || path.startsWith(`${i.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const items: NavItem[] = [
    { to: '/donors', label: t('nav.donors'), icon: IconHeartHandshake },
    { to: '/treasury', label: t('treasury:nav.dashboard'), icon: IconChartBar, roles: [...MONEY_ROLES] },
    { to: '/pledges', label: t('treasury:nav.pledges'), icon: IconReceipt, roles: [...MONEY_ROLES, 'volunteer'] },
    { to: '/payments', label: t('treasury:nav.payments'), icon: IconCash, roles: [...MONEY_ROLES, 'volunteer'] },
    { to: '/reminders', label: t('treasury:nav.reminders'), icon: IconPhoneCall, roles: [...MONEY_ROLES, 'volunteer'] },
    { to: '/reports', label: t('treasury:nav.reports'), icon: IconFileAnalytics, roles: [...MONEY_ROLES] },
    { to: '/households', label: t('households:nav.households'), icon: IconHomeHeart },
    { to: '/projects', label: t('projects:nav.projects'), icon: IconBuildingCommunity },
    { to: '/projects/board', label: t('projects:nav.board'), icon: IconLayoutDashboard },
    { to: '/matching', label: t('households:nav.matching'), icon: IconArrowsExchange, roles: [...CASE_ROLES] },
    { to: '/duplicates', label: t('exchange:nav.duplicates'), icon: IconCopy, roles: [...CASE_ROLES] },
    { to: '/exchange', label: t('exchange:nav.exchange'), icon: IconTransfer, roles: [...EXCHANGE_ROLES] },
    { to: '/agency', label: t('exchange:nav.agency'), icon: IconReportAnalytics, roles: [...EXCHANGE_ROLES] },
    { to: '/users', label: t('nav.users'), icon: IconUsers, roles: ['admin'] },
    { to: '/audit', label: t('nav.audit'), icon: IconHistory, roles: ['admin'] },
    { to: '/settings', label: t('nav.settings'), icon: IconSettings },
  ];
  const otherLang = i18n.language === 'en' ? 'fa' : 'en';

  async function switchLanguage() {
    await setLanguage(otherLang);
    try {
      session.setUser(await invoke('auth.setLocale', { locale: otherLang }));
    } catch {
      /* the choice is still remembered on this machine */
    }
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <ThemeIcon variant="light" size={32} radius="md" visibleFrom="xs" aria-hidden>
              <IconHeartHandshake size={20} />
            </ThemeIcon>
            <Title order={4}>{t('app.name')}</Title>
            <Text c="dimmed" size="sm" visibleFrom="sm" data-testid="centre-name">
              {session.settings?.centre.name}
            </Text>
          </Group>
          <Group gap="xs">
            <UnstyledButton onClick={() => void switchLanguage()} aria-label={t('nav.switchLanguage')} data-testid="switch-language">
              <Group gap={4}>
                <IconLanguage size={18} />
                <Text size="sm" visibleFrom="xs">
                  {t('nav.otherLanguage')}
                </Text>
              </Group>
            </UnstyledButton>
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton data-testid="user-menu">
                  <Group gap={6}>
                    <Avatar size="sm" radius="xl" color="teal">
                      {session.user?.displayName.slice(0, 1)}
                    </Avatar>
                    <Box visibleFrom="xs">
                      <Text size="sm">{session.user?.displayName}</Text>
                      <Text size="xs" c="dimmed">
                        {session.user ? t(`errors:roles.${session.user.role}`) : ''}
                      </Text>
                    </Box>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void session.signOut()} data-testid="sign-out">
                  {t('nav.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {items
          .filter((i) => !i.roles || session.hasRole(...i.roles))
          .map((i) => (
            <NavLink
              key={i.to}
              component={RouterNavLink}
              to={i.to}
              label={i.label}
              leftSection={<i.icon size={18} />}
              active={activeTo(items, location.pathname) === i.to}
              // A parent of another item (/projects of /projects/board) is the current page only
              // at its own address, or both would be marked (aria-current) on the child's.
              end={items.some((o) => o.to.startsWith(`${i.to}/`))}
              onClick={close}
              data-testid={`nav-${i.to.slice(1)}`}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
