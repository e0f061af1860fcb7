import { Badge, Group, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { isProtectedLabel, LABEL_PREFIX, type Label } from '../../contract';

export function LabelChips({ labels, max = 3 }: { labels: Label[]; max?: number }) {
  if (!labels.length) return null;
  const shown = labels.slice(0, max);
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((l) => (
        <Tooltip key={l.key} label={`${l.key} = ${l.value}${isProtectedLabel(l.key) ? ' (protected)' : ''}`} withArrow>
          <Badge
            variant="light"
            color={isProtectedLabel(l.key) ? 'grape' : 'gray'}
            tt="none"
            leftSection={isProtectedLabel(l.key) ? <IconLock size={10} aria-label="protected" /> : undefined}
          >
            {l.key.replace(LABEL_PREFIX, '')}={l.value.length > 24 ? `${l.value.slice(0, 24)}…` : l.value}
          </Badge>
        </Tooltip>
      ))}
      {labels.length > max && (
        <Badge variant="outline" color="gray" tt="none">
          +{labels.length - max}
        </Badge>
      )}
    </Group>
  );
}
