/**
 * The frame around every screen: brand and area, who I am, sync status per node, who is online,
 * undo/redo; navigation on the left (a drawer on phones); language and version in the footer.
 */
import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Group,
  Loader,
  NavLink as MantineNavLink,
  NativeSelect,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBooks,
  IconKeyboard,
  IconMap2,
  IconPresentation,
  IconRoute,
  IconSettings,
  IconSignature,
} from '@tabler/icons-react';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { Locale } from '../../../shared/i18n/index';
import { useArea, useUndoState } from '../app/hooks';
import { useSession } from '../app/session';
import { regionLabel } from '../data/catalog-store';
import { setLocale } from '../i18n';
import { LogoMark } from './LogoMark';
import { PresenceAvatars } from './PresenceAvatars';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SyncStatus } from './SyncStatus';

const LANGUAGES: { value: Locale; label: string }[] = [
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'en', label: 'English' },
];

interface NavItem {
  to: string;
  labelKey:
    | 'nav.catalog'
    | 'nav.replication'
    | 'nav.commitments'
    | 'nav.fgd'
    | 'nav.masterPlan'
    | 'nav.settings';
  icon: ReactNode;
  shortcut: string;
}

const NAV: NavItem[] = [
  { to: '/katalog', labelKey: 'nav.catalog', icon: <IconBooks size={20} stroke={1.6} />, shortcut: 'g k' },
  {
    to: '/replikasi',
    labelKey: 'nav.replication',
    icon: <IconRoute size={20} stroke={1.6} />,
    shortcut: 'g r',
  },
  {
    to: '/komitmen',
    labelKey: 'nav.commitments',
    icon: <IconSignature size={20} stroke={1.6} />,
    shortcut: 'g m',
  },
  { to: '/fgd', labelKey: 'nav.fgd', icon: <IconPresentation size={20} stroke={1.6} />, shortcut: 'g f' },
  {
    to: '/masterplan',
    labelKey: 'nav.masterPlan',
    icon: <IconMap2 size={20} stroke={1.6} />,
    shortcut: 'g p',
  },
];

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { host, profile, undo } = useSession();
  const area = useArea();
  const { canUndo, canRedo } = useUndoState();
  const [navOpen, nav] = useDisclosure(false);
  const [helpOpen, help] = useDisclosure(false);
  const navigate = useNavigate();
  const location = useLocation();

  useHotkeys([
    ['mod+z', () => undo.undo()],
    ['mod+shift+z', () => undo.redo()],
    ['mod+y', () => undo.redo()],
    ['shift+/', () => help.open()],
    ['g k', () => navigate('/katalog')],
    ['g r', () => navigate('/replikasi')],
    ['g m', () => navigate('/komitmen')],
    ['g f', () => navigate('/fgd')],
    ['g p', () => navigate('/masterplan')],
  ]);

  const who = profile.region ? regionLabel(profile.region) : t(`role.${profile.role}`);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      footer={{ height: 40 }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <LogoMark size={30} />
            <Stack gap={0} miw={0}>
              <Text fw={700} size="sm" lh={1.2} visibleFrom="xs">
                {t('shell.appName')}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate className="area-name">
                {area.name}
              </Text>
            </Stack>
            <Badge
              variant="outline"
              color="gray"
              size="lg"
              radius="sm"
              tt="none"
              visibleFrom="md"
              data-testid="identity"
            >
              {profile.name} · {who}
            </Badge>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Group gap={2} wrap="nowrap" visibleFrom="sm">
              <Tooltip label={t('shell.undo')}>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  onClick={() => undo.undo()}
                  disabled={!canUndo}
                  aria-label={t('shell.undo')}
                >
                  <IconArrowBackUp size={20} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('shell.redo')}>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  onClick={() => undo.redo()}
                  disabled={!canRedo}
                  aria-label={t('shell.redo')}
                >
                  <IconArrowForwardUp size={20} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <PresenceAvatars />
            <SyncStatus />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow>
          {NAV.map((item) => (
            <MantineNavLink
              key={item.to}
              component={NavLink}
              to={item.to}
              label={t(item.labelKey)}
              leftSection={item.icon}
              active={location.pathname.startsWith(item.to)}
              onClick={nav.close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <MantineNavLink
            component={NavLink}
            to="/pengaturan"
            label={t('nav.settings')}
            leftSection={<IconSettings size={20} stroke={1.6} />}
            active={location.pathname.startsWith('/pengaturan')}
            onClick={nav.close}
          />
          <MantineNavLink
            label={t('shortcuts.title')}
            leftSection={<IconKeyboard size={20} stroke={1.6} />}
            onClick={help.open}
            component="button"
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        {/* Screens other than the catalog load on first visit (App.tsx); the frame stays meanwhile. */}
        <ScreenErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loader m="xl" role="status" aria-label={t('shell.loading')} />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </AppShell.Main>

      <AppShell.Footer px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate visibleFrom="sm">
            {host.kind === 'electron' ? t('shell.footerLocal') : t('shell.footerServed')}
          </Text>
          <Group gap="md" wrap="nowrap">
            <NativeSelect
              size="xs"
              aria-label={t('shell.language')}
              data={LANGUAGES}
              value={i18n.language}
              onChange={(event) => setLocale(event.currentTarget.value === 'en' ? 'en' : 'id')}
            />
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {host.kind === 'electron'
                ? t('shell.footerVersion', { version: host.appVersion })
                : t('shell.footerBrowser')}
            </Text>
          </Group>
        </Group>
      </AppShell.Footer>
      <ShortcutsHelp opened={helpOpen} onClose={help.close} />
    </AppShell>
  );
}
