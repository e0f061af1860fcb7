// A label key: the fixed ext.ai.sap.com/ prefix is shown, the rest typed. A full key pasted or typed in
// would double the prefix, so the prefix is taken off, and the field says so (never a silent change).
import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LABEL_PREFIX } from '../../../contract';

/** Key and value side by side where they fit, one above the other on a phone (no sideways scrolling). */
export const LABEL_FIELD_FLEX = '1 1 220px';

type Props = { label: string; field: UseFormRegisterReturn; error?: string; readOnly?: boolean };

export function LabelKeyInput({ label, field, error, readOnly }: Props) {
  const [stripped, setStripped] = useState<'pasted' | 'typed' | null>(null);
  return (
    <TextInput
      label={label}
      leftSection={
        <Text size="xs" c="dimmed">
          {LABEL_PREFIX}
        </Text>
      }
      leftSectionWidth={118}
      placeholder="team"
      style={{ flex: LABEL_FIELD_FLEX }}
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      spellCheck={false}
      readOnly={readOnly}
      // The note goes under the field, so that the field itself does not move while the user types in it.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        stripped && (
          <span role="status">
            {stripped === 'pasted'
              ? `Removed the pasted prefix "${LABEL_PREFIX}": it is added for you.`
              : `Removed the prefix "${LABEL_PREFIX}" you typed: it is added for you.`}
          </span>
        )
      }
      {...field}
      onChange={(e) => {
        const input = e.currentTarget;
        if (input.value.startsWith(LABEL_PREFIX)) {
          input.value = input.value.slice(LABEL_PREFIX.length);
          setStripped((e.nativeEvent as InputEvent).inputType === 'insertFromPaste' ? 'pasted' : 'typed');
        } else if (input.value === '') setStripped(null);
        void field.onChange(e);
      }}
      error={error}
    />
  );
}
