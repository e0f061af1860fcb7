import { ActionIcon, AppShell, Burger, Group, NavLink, Text, Title, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuilding, IconGridDots, IconHome, IconKey, IconMoon, IconServer, IconSun, IconWorld } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { paths, secretsPath } from '../lib/paths';
import { ActivityBar } from './activity-bar';
import { ConnectionBadge, ConnectionBanner, ConnectionRecovery } from './connection';
import { GroupPicker } from './group-picker';
import { PageSkeleton } from '../components/page-skeleton';

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
];

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
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
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <IconKey size={22} aria-hidden />
            <Title order={1} size="h4">
              AI Core Secrets Console
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ConnectionBadge />
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
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <ConnectionBanner />
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
