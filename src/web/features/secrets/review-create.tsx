import { Badge, Code, Group, List, Stack, Table, Text } from '@mantine/core';
import { decodedLength, scopeLabel, scopeToHeaders, type Scope } from '../../../contract';
import { byteCount, plural } from '../../lib/format';
import { labelRowsToLabels, rowBase64, type CreateFormValues } from './form-model';

export function ReviewCreate({
  scope,
  values,
  groupCount,
  shadows,
}: {
  scope: Scope;
  values: CreateFormValues;
  groupCount: number;
  shadows: boolean;
}) {
  const headers = scopeToHeaders(scope);
  const labels = labelRowsToLabels(values.labels);
  return (
    <Stack gap="sm" aria-label="Review">
      <Table withTableBorder variant="vertical" layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>Request</Table.Th>
            <Table.Td>
              <Code>POST /v2/admin/secrets</Code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Scope</Table.Th>
            <Table.Td>{scopeLabel(scope)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Headers</Table.Th>
            <Table.Td>
              {Object.entries(headers).map(([k, v]) => (
                <Code key={k} block mb={2}>{`${k}: ${v}`}</Code>
              ))}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Td>
              <Code>{values.name}</Code>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text fw={500} size="sm">
        {plural(values.rows.length, 'key')} (values masked)
      </Text>
      <List size="sm" spacing={2}>
        {values.rows.map((r) => (
          <List.Item key={r.key}>
            <Code>{r.key}</Code> ••••••{' '}
            <Text span size="xs" c="dimmed">
              {byteCount(decodedLength(rowBase64(r)))},{' '}
              {r.mode === 'text' ? 'text as UTF-8' : r.mode === 'base64' ? 'given as Base64' : 'from a file'}
            </Text>
          </List.Item>
        ))}
      </List>
      <Text fw={500} size="sm">
        {labels.length ? plural(labels.length, 'label') : 'No labels'}
      </Text>
      <Group gap={4}>
        {labels.map((l) => (
          <Badge key={l.key} variant="light" tt="none">
            {l.key}={l.value}
          </Badge>
        ))}
      </Group>
      {scope.kind === 'tenant-wide' && (
        <Text size="sm">
          The service will replicate it into <b>{plural(groupCount, 'resource group')}</b>; you can watch each copy arrive on the next page.
        </Text>
      )}
      {shadows && (
        <Text size="sm" c="orange">
          It will shadow the tenant-wide secret of the same name in this group until the next re-sync.
        </Text>
      )}
    </Stack>
  );
}
