// The help dialog on "?": every shortcut of the console in one list.
import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { GO_TO } from './shortcuts';

type Shortcut = { keys: string[]; does: string };

// The help's text lives here, with the dialog that shows it (loaded on the first "?"), not with the keys.
const SHORTCUTS: { group: string; items: Shortcut[] }[] = [
  {
    group: 'Anywhere',
    items: [
      { keys: ['?'], does: 'Show these keyboard shortcuts' },
      { keys: ['Ctrl+K'], does: 'Find a secret (by name or label, in every scope) or a resource group; / does it too where no filter is' },
      { keys: ['g', 'then a letter'], does: 'Go to a page (below)' },
      { keys: ['Esc'], does: 'Close the open dialog or drawer; focus returns to what opened it' },
    ],
  },
  {
    group: 'On a page',
    items: [
      { keys: ['/'], does: 'Jump to the filter' },
      { keys: ['n'], does: 'New: the page’s main action (secret or resource group)' },
      { keys: ['Tab'], does: 'Next control; Shift+Tab goes back' },
    ],
  },
  {
    group: 'In a secret form',
    items: [
      { keys: ['Ctrl+Enter'], does: 'Review, then create or save (Cmd+Enter on a Mac); Enter alone starts a new line in a value' },
      { keys: ['Esc'], does: 'Close the form (it asks first when something was typed)' },
    ],
  },
  { group: 'Go to', items: GO_TO.map((g) => ({ keys: ['g', g.key], does: g.label })) },
];

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Stack gap="md">
        {SHORTCUTS.map((section) => (
          <div key={section.group}>
            <Title order={3} size="h5" mb={4}>
              {section.group}
            </Title>
            <Table aria-label={`Shortcuts: ${section.group}`} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={160}>Keys</Table.Th>
                  <Table.Th>What it does</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {section.items.map((s) => (
                  <Table.Tr key={s.does}>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {s.keys.map((k, i) =>
                          k.startsWith('then') ? (
                            <Text key={k} size="sm" c="dimmed">
                              {k}
                            </Text>
                          ) : (
                            <Group key={k} gap={4} wrap="nowrap">
                              {i > 0 && !s.keys[i - 1]!.startsWith('then') && (
                                <Text size="sm" c="dimmed">
                                  then
                                </Text>
                              )}
                              <Kbd>{k}</Kbd>
                            </Group>
                          ),
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.does}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
    </Modal>
  );
}
