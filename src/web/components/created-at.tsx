import { Text, Tooltip } from '@mantine/core';
import { exactTime, relativeTime } from '../lib/format';

/** "3 days ago", with the exact time on hover and keyboard focus. */
export function CreatedAt({ value }: { value: string | null }) {
  return (
    <Tooltip label={exactTime(value)}>
      <Text size="sm" tabIndex={0}>
        {relativeTime(value)}
      </Text>
    </Tooltip>
  );
}
