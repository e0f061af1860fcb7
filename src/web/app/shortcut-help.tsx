// The help dialog on "?": every shortcut of the console in one list.
import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { SHORTCUTS } from './shortcuts';

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
