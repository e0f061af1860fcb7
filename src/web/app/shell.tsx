import {
  ActionIcon,
  AppShell,
  Box,
  Burger,
  Group,
  NavLink,
  Text,
  Title,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowsDiff,
  IconBuilding,
  IconGridDots,
  IconHistory,
  IconHome,
  IconKey,
  IconKeyboard,
  IconMoon,
  IconServer,
  IconSun,
  IconWorld,
} from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { paths, secretsPath } from '../lib/paths';
import { ActivityBar } from './activity-bar';
import { ConnectionBadge, ConnectionBanner, ConnectionRecovery } from './connection';
import { GroupPicker } from './group-picker';
import { ConnectionSwitcher } from '../features/connections/connection-switcher';
import { UserMenu } from './user-menu';
import { PageSkeleton } from '../components/page-skeleton';
import { WriteAccessBanner } from '../components/write-access-banner';
import { Announcer } from './announcer';
import { ShortcutHelp } from './shortcut-help';
import { useShortcuts } from './shortcuts';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { afterFirstScreen, preloadOn, preloadRoute, useSettleFirstScreen } from './preload';
import { PaletteButton, usePaletteHotkeys } from './palette-trigger';

const CommandPalette = lazy(() => import('../features/search/command-palette'));

function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setColorScheme(next)}
    >
      {scheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
    </ActionIcon>
  );
}

const tenantNav = [
  { to: paths.map, label: 'Tenant map', icon: IconGridDots },
  { to: paths.resourceGroups, label: 'Resource groups', icon: IconServer },
  { to: paths.activity, label: 'Activity', icon: IconHistory },
  { to: paths.compare, label: 'Compare', icon: IconArrowsDiff },
];

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const [helpOpened, help] = useDisclosure();
  useShortcuts(useCallback(() => help.open(), [help]));
  useFocusOnNavigate();
  const { pathname } = useLocation();
  const [paletteSignal, openPalette] = usePaletteHotkeys();
  useSettleFirstScreen();
  // The page most often opened next: its code comes once the first screen has settled.
  useEffect(() => afterFirstScreen(() => preloadRoute(secretsPath({ kind: 'main' }))), []);
  const nav = [
    { to: paths.overview, label: 'Overview', icon: IconHome, active: pathname === '/' },
    { to: secretsPath({ kind: 'main' }), label: 'Main tenant', icon: IconBuilding, active: pathname === '/secrets/main' },
    {
      to: secretsPath({ kind: 'tenant-wide' }),
      label: 'Tenant-wide',
      icon: IconWorld,
      active: pathname.startsWith('/secrets/tenant-wide'),
    },
  ];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <ActivityBar />
      <ConnectionRecovery />
      <Announcer />
      <ShortcutHelp opened={helpOpened} onClose={help.close} />
      <AppShell.Header data-app-header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            {/* Decorative: on a phone its room goes to the search icon, so that the header stays one line. */}
            <Box visibleFrom="sm" display="flex">
              <IconKey size={22} aria-hidden />
            </Box>
            <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
              {/* The short name on phones, so that the header never wraps. */}
              <Text span inherit visibleFrom="md">
                AI Core Secrets Console
              </Text>
              <Text span inherit hiddenFrom="md">
                Secrets
              </Text>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <PaletteButton onOpen={openPalette} />
            <ConnectionSwitcher />
            <ConnectionBadge />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Keyboard shortcuts"
              title="Keyboard shortcuts (?)"
              aria-keyshortcuts="?"
              onClick={help.open}
              visibleFrom="sm"
            >
              <IconKeyboard size={18} aria-hidden />
            </ActionIcon>
            <UserMenu />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Scopes">
        {/* Plain overflow, not Mantine's ScrollArea: that would bring the positioning library into the first page. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {nav.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} aria-hidden />}
              active={item.active}
              onClick={close}
              {...preloadOn(item.to)}
            />
          ))}
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            Resource group
          </Text>
          <GroupPicker onPicked={close} />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            Tenant
          </Text>
          {tenantNav.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} aria-hidden />}
              active={pathname === item.to}
              onClick={close}
              {...preloadOn(item.to)}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      {paletteSignal > 0 && (
        <Suspense fallback={null}>
          <CommandPalette openSignal={paletteSignal} />
        </Suspense>
      )}
      <AppShell.Main>
        <ConnectionBanner />
        <WriteAccessBanner />
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
