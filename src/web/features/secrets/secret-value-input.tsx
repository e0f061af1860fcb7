// A secret value typed or pasted as text, or given as Base64: multi-line, kept exactly as entered, masked
// until revealed. Where the browser could not keep a pasted character (CR LF becomes LF in a text box), it
// says so and offers to store the pasted bytes as Base64, which keeps every one of them.
import { Alert, Button, Group, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { decodedLength, isCanonicalBase64 } from '../../../contract';
import { byteCount, plural } from '../../lib/format';
import { copyRealText, dragRealText } from './masked-clipboard';
import { compactBase64 } from './form-model';
import { usePasteCheck } from './paste-check';
import classes from './secret-value-input.module.css';

type Props = {
  /** 1-based, as shown to the user. */
  n: number;
  mode: 'text' | 'base64';
  field: UseFormRegisterReturn;
  value: string;
  error?: string;
  /** Store these exact characters instead (as Base64 of their UTF-8 bytes). */
  onKeepExact: (exact: string) => void;
};

const utf8 = new TextEncoder();

function textSummary(value: string): string {
  if (value === '') return 'Empty';
  const endsWithBreak = value.endsWith('\n');
  const lines = value.split('\n').length - (endsWithBreak ? 1 : 0);
  return `${plural(lines, 'line')}, ${byteCount(utf8.encode(value).length)}${endsWithBreak ? ', ends with a line break' : ''}`;
}

function base64Summary(value: string): string {
  const b64 = compactBase64(value);
  if (b64 === '') return 'Empty';
  if (!isCanonicalBase64(b64)) return 'Not valid Base64 yet';
  return `${byteCount(decodedLength(b64))} when decoded${b64 !== value.trim() ? ', line breaks ignored' : ''}`;
}

export function SecretValueInput({ n, mode, field, value, error, onKeepExact }: Props) {
  const [revealed, setRevealed] = useState(false);
  const paste = usePasteCheck();
  const isText = mode === 'text';
  const loss = isText ? paste.loss : null;
  const canKeep = loss?.exact != null && value === loss.shown;
  return (
    <>
      <Textarea
        label={isText ? `Value ${n}` : `Value ${n} (Base64)`}
        description={
          isText
            ? 'Plain text, kept exactly as entered, line ends included; sent as UTF-8 Base64.'
            : 'Already Base64-encoded: sent as it is (line breaks, as base64 tools print them, are left out).'
        }
        autosize
        minRows={isText ? 1 : 2}
        maxRows={12}
        // Nothing may rewrite what the user typed: no spelling fixes, capitals or autofill.
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        data-gramm="false"
        data-1p-ignore
        data-lpignore="true"
        data-masked={revealed ? undefined : true}
        classNames={{ input: revealed ? classes.input : `${classes.input} ${classes.masked}` }}
        {...field}
        onPaste={isText ? paste.onPaste : undefined}
        onDrop={isText ? paste.onDrop : undefined}
        onCopy={revealed ? undefined : copyRealText}
        onCut={revealed ? undefined : copyRealText}
        onDragStart={revealed ? undefined : dragRealText}
        onChange={(e) => {
          void field.onChange(e);
          if (isText) paste.afterInput(e);
        }}
        error={error}
        bottomSection={
          <Group justify="space-between" gap="xs" px="xs" pb={4} wrap="nowrap" w="100%">
            <Text size="xs" c="dimmed" style={{ minWidth: 0 }} truncate="end">
              {isText ? textSummary(value) : base64Summary(value)}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={revealed ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
              aria-label={`${revealed ? 'Hide' : 'Show'} value ${n}`}
              style={{ flexShrink: 0 }}
              onClick={() => setRevealed((r) => !r)}
            >
              {revealed ? 'Hide' : 'Show'}
            </Button>
          </Group>
        }
      />
      {loss && (
        <Alert
          role="status"
          color="orange"
          variant="light"
          p="xs"
          icon={<IconAlertTriangle size={16} aria-hidden />}
          title={loss.carriageReturn ? 'CR LF line ends become LF here' : 'The pasted text was changed'}
        >
          <Text size="sm">
            {loss.carriageReturn
              ? 'The pasted text has CR LF (Windows) line ends, and a text box keeps only LF: as it stands, they will be stored as LF. '
              : 'The browser changed the pasted text: a text box cannot hold some of its characters. '}
            To keep every byte, use File or Base64.
          </Text>
          {canKeep && (
            <Button
              mt={6}
              size="compact-sm"
              variant="default"
              onClick={() => {
                paste.clear();
                if (loss.exact !== null) onKeepExact(loss.exact);
              }}
            >
              {loss.carriageReturn ? 'Keep CR LF: store as Base64' : 'Keep the pasted text: store as Base64'}
            </Button>
          )}
        </Alert>
      )}
    </>
  );
}
