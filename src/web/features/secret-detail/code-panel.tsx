// The call that does what the admin is looking at, for curl and for SAP's JavaScript SDK, copied in one click.
import { ActionIcon, Code, CopyButton, Group, Paper, SegmentedControl, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import type { Label, Scope } from '../../../contract';
import { codeSnippets, type SnippetOp } from './code-snippets';

type Lang = 'js' | 'curl';

type Props = { scope: Scope; name: string; keys: string[] | null; labels: Label[] };

export function CodePanel({ scope, name, keys, labels }: Props) {
  const [lang, setLang] = useState<Lang>('js');
  const [op, setOp] = useState<SnippetOp>('read');
  const snippets = codeSnippets(scope, name, keys, labels);
  const current = snippets.find((s) => s.op === op) ?? snippets[0]!;
  const code = lang === 'js' ? current.js : current.curl;
  const langName = lang === 'js' ? 'JavaScript' : 'curl';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="code-panel-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="code-panel-title">
          Code
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Language"
          value={lang}
          onChange={(v) => setLang(v as Lang)}
          data={[
            { value: 'js', label: 'JavaScript SDK' },
            { value: 'curl', label: 'curl' },
          ]}
        />
      </Group>
      <Tabs value={op} onChange={(v) => v && setOp(v as SnippetOp)}>
        <Tabs.List aria-label="Operation">
          {snippets.map((s) => (
            <Tabs.Tab key={s.op} value={s.op}>
              {s.title}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Stack gap={6} mt="sm">
        <div style={{ position: 'relative' }}>
          <Code
            block
            data-testid="code-snippet"
            role="region"
            aria-label={`${current.title}, ${langName}`}
            // Focusable: a long line scrolls sideways, and keyboard users must reach it (WCAG 2.1.1).
            tabIndex={0}
            style={{ whiteSpace: 'pre', overflowX: 'auto' }}
          >
            {code}
          </Code>
          <CopyButton value={code} timeout={1500}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : `Copy the ${langName} snippet`} withArrow position="left">
                <ActionIcon
                  variant="default"
                  aria-label={copied ? 'Copied' : `Copy the ${langName} snippet`}
                  onClick={copy}
                  style={{ position: 'absolute', top: 6, right: 6 }}
                >
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </div>
        <Text size="xs" c="dimmed">
          Values and credentials are placeholders: replace each {'<…>'} before running. The console never holds a value or shows a token.
          {keys ? '' : ' The API never returns data keys, so the key is a placeholder too.'}
        </Text>
      </Stack>
    </Paper>
  );
}
