// The threshold between pending and stuck, shown and editable; kept in the URL and this browser's localStorage.
import { Group, NumberInput, Select, Text } from '@mantine/core';
import { MAX_STUCK_AFTER_S, MIN_STUCK_AFTER_S, type Measure, type StuckThreshold } from '../../lib/stuck-threshold';

const MEASURES: { value: Measure; label: string }[] = [
  { value: 'first-seen', label: 'first seen unreplicated' },
  { value: 'last-change', label: 'secret created or rotated' },
];

export function StuckThresholdControl({ value, onChange }: { value: StuckThreshold; onChange: (next: Partial<StuckThreshold>) => void }) {
  return (
    <Group gap="sm" align="flex-end">
      <NumberInput
        size="xs"
        w={130}
        label="Stuck after (s)"
        min={MIN_STUCK_AFTER_S}
        max={MAX_STUCK_AFTER_S}
        clampBehavior="blur"
        value={value.stuckAfterS}
        onChange={(v) => typeof v === 'number' && v >= MIN_STUCK_AFTER_S && onChange({ stuckAfterS: v })}
      />
      <Select
        size="xs"
        w={210}
        label="Measured from"
        data={MEASURES}
        value={value.measure}
        allowDeselect={false}
        onChange={(v) => v && onChange({ measure: v as Measure })}
      />
      <Text size="xs" c="dimmed" maw={300} data-testid="stuck-rule">
        A copy still not replicated {value.stuckAfterS} s after it was{' '}
        {value.measure === 'first-seen' ? 'first seen unreplicated by this console' : 'created or last rotated'} counts as stuck.
      </Text>
    </Group>
  );
}
