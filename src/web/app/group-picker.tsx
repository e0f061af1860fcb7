// The resource-group picker in the navigation. Its searchable Select (and the positioning library behind
// it) loads on first use, so the first page does not pay for it.
import { Input } from '@mantine/core';
import { IconSelector } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';

const GroupSelect = lazy(() => import('./group-select'));

export function GroupPicker({ onPicked }: { onPicked?: () => void }) {
  const { group } = useParams();
  const [active, setActive] = useState(false);
  const placeholder = (
    <Input
      component="button"
      type="button"
      // The name holds the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
      aria-label={`Resource group: ${group ?? 'pick a resource group'}`}
      aria-haspopup="listbox"
      pointer
      rightSection={<IconSelector size={16} aria-hidden />}
      rightSectionPointerEvents="none"
      onClick={() => setActive(true)}
      onFocus={() => setActive(true)}
      c={group ? undefined : 'dimmed'}
    >
      <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {group ?? 'Pick a resource group'}
      </span>
    </Input>
  );
  return (
    <div style={{ padding: '0 var(--mantine-spacing-sm)' }}>
      {active ? (
        <Suspense fallback={placeholder}>
          <GroupSelect value={group ?? null} onPicked={onPicked} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
