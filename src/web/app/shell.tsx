import {
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  Text,
  Title,
  useComputedColorScheme,
  useMantineColorScheme,
  type ButtonProps,
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
import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from '../lib/router';
import { paths, secretsPath } from '../lib/paths';
import { ActivityBar } from './activity-bar';
import { ConnectionBadge, ConnectionBanner, ConnectionRecovery } from './connection';
import { GroupPicker } from './group-picker';
import { ConnectionSwitcher } from '../features/connections/connection-switcher';
import { PageSkeleton } from '../components/page-skeleton';
import { WriteAccessBanner } from '../components/write-access-banner';
import { Announcer } from './announcer';
import { useShortcuts } from './shortcuts';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { afterFirstScreen, useSettleFirstScreen } from './preload';
import { preloadRoute } from './routes';
import { NavItem } from './nav-item';
import { prefetchGroups } from './first-screen';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { consoleQueries } from '../api/console';
import { PaletteButton, usePaletteSignal } from './palette-trigger';
import { RouteErrorBoundary } from './route-error';

const CommandPalette = lazy(() => import('../features/search/command-palette'));
// Who is signed in: only in team mode, so its code waits until the console says someone is.
const UserMenu = lazy(async () => ({ default: (await import('./user-menu')).UserMenu }));
// A dialog (focus trap, scroll lock, and the positioning library behind Mantine's Modal): loads on the first "?".
const ShortcutHelp = lazy(async () => ({ default: (await import('./shortcut-help')).ShortcutHelp }));

/**
 * A square icon-only button in the header, as tall as the "Find" button beside it (a Button rather than
 * Mantine's ActionIcon, whose code would come into the first page for these two alone).
 */
function HeaderIconButton(props: ButtonProps & { 'aria-label': string; title: string; onClick: () => void; 'aria-keyshortcuts'?: string }) {
  return <Button variant="default" size="sm" px={0} w={36} {...props} />;
}

const noSubscription = () => () => {};

function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  // The server cannot know the browser's scheme: a page it drew shows "light" here until it has hydrated
  // (then at once the real one), so that hydration finds what the server drew. Otherwise the real one at once.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const scheme = hydrated ? computed : 'light';
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <HeaderIconButton aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`} onClick={() => setColorScheme(next)}>
      {scheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
    </HeaderIconButton>
  );
}

const tenantNav = [
  { to: paths.map, label: 'Tenant map', icon: IconGridDots },
  { to: paths.resourceGroups, label: 'Resource groups', icon: IconServer },
  { to: paths.activity, label: 'Activity', icon: IconHistory },
  { to: paths.compare, label: 'Compare', icon: IconArrowsDiff },
];

/** The header and navigation around every page; `children` is the page. */
export function Shell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const [helpOpened, help] = useDisclosure();
  // Once opened, the dialog stays mounted, so that it closes with its transition and hands focus back.
  const [helpWanted, setHelpWanted] = useState(false);
  if (helpOpened && !helpWanted) setHelpWanted(true);
  const [paletteSignal, openPalette] = usePaletteSignal();
  useShortcuts(
    useCallback(() => help.open(), [help]),
    openPalette,
  );
  useFocusOnNavigate();
  const { pathname } = useLocation();
  useSettleFirstScreen();
  // The page most often opened next (its code) and the group picker's list come once the first screen has settled.
  const queryClient = useQueryClient();
  const status = useQuery(consoleQueries.status());
  useEffect(
    () =>
      afterFirstScreen(() => {
        void preloadRoute(secretsPath({ kind: 'main' }));
        void prefetchGroups(queryClient);
      }),
    [queryClient],
  );
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
      {helpWanted && (
        <Suspense fallback={null}>
          <ShortcutHelp opened={helpOpened} onClose={help.close} />
        </Suspense>
      )}
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
            <HeaderIconButton
              aria-label="Keyboard shortcuts"
              title="Keyboard shortcuts (?)"
              aria-keyshortcuts="?"
              onClick={help.open}
              visibleFrom="sm"
            >
              <IconKeyboard size={18} aria-hidden />
            </HeaderIconButton>
            {status.data?.user && (
              <Suspense fallback={null}>
                <UserMenu />
              </Suspense>
            )}
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Scopes">
        {/* Plain overflow, not Mantine's ScrollArea: that would bring the positioning library into the first page. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {nav.map((item) => (
            <NavItem key={item.to} {...item} onClick={close} />
          ))}
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            Resource group
          </Text>
          <GroupPicker onPicked={close} />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            Tenant
          </Text>
          {tenantNav.map((item) => (
            <NavItem key={item.to} {...item} active={pathname === item.to} onClick={close} />
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
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
