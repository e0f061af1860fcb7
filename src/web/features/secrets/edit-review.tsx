import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { scopeLabel, type Scope } from '../../../contract';
import { form, plural } from '../../lib/format';
import { labelChanges, type EditFormValues } from './edit-model';
import classes from './edit-review.module.css';

export function EditReview({ values, scope }: { values: EditFormValues; scope: Scope }) {
  const changes = labelChanges(values);
  return (
    <Stack gap="sm" aria-label="Changes to save">
      <Text size="sm">
        <Code>PATCH</Code> in {scopeLabel(scope).toLowerCase()}
      </Text>
      {values.replaceData ? (
        <Alert color="orange" variant="light" title="Data will be replaced">
          The data map becomes exactly {form(values.rows.length, 'this key', `these ${plural(values.rows.length, 'key')}`)}:{' '}
          {values.rows.map((r) => r.key).join(', ')}. Any other key is removed.
          {scope.kind === 'tenant-wide' && ' Every resource group goes back to “pending” until its copy is rewritten.'}
        </Alert>
      ) : (
        <Text size="sm">Data stays as it is.</Text>
      )}
      {changes.length ? (
        <List size="sm" spacing={4}>
          {changes.map((c) => (
            <List.Item key={`${c.kind}-${c.key}`}>
              {c.kind === 'add' && (
                <Text span className={classes.add} size="sm">
                  + add <Code>{c.key}</Code> = {c.to}
                </Text>
              )}
              {c.kind === 'change' && (
                <Text span className={classes.change} size="sm">
                  ~ change <Code>{c.key}</Code>: {c.from} → {c.to}
                </Text>
              )}
              {c.kind === 'rename' && (
                <Text span className={classes.rename} size="sm">
                  ↻ rename <Code>{c.oldKey}</Code> to <Code>{c.key}</Code>: removes <Code>{c.oldKey}</Code> (was {c.from}) and adds{' '}
                  <Code>{c.key}</Code> = {c.to}
                </Text>
              )}
              {c.kind === 'remove' && (
                <Text span className={classes.remove} size="sm">
                  − will remove <Code>{c.key}</Code> (was {c.from})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">Labels stay as they are.</Text>
      )}
    </Stack>
  );
}
