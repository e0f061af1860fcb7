// The resource-group picker in the navigation. Its searchable Select (and the positioning library behind
// it) loads on first use, so the first page does not pay for it.
import { Input } from '@mantine/core';
import { IconSelector } from '@tabler/icons-react';
import { useRef, useState, type ComponentType } from 'react';
import { useParams } from 'react-router';
import type { GroupSelectProps } from './group-select';

export function GroupPicker({ onPicked }: { onPicked?: () => void }) {
  const { group } = useParams();
  const [GroupSelect, setGroupSelect] = useState<ComponentType<GroupSelectProps> | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Whether the user is still on the picker when its code arrives: only then does the list take focus. A
  // keyboard user who has tabbed on meanwhile keeps their place (WCAG 3.2.1: no change of focus on focus).
  const [wanted, setWanted] = useState(false);
  const clicked = useRef(false);
  const load = (how: 'focus' | 'click') => {
    if (how === 'click') clicked.current = true;
    void import('./group-select').then((m) => {
      // A click or tap asked for the list; a focus only while it lasts (a tap need not focus a button).
      setWanted(clicked.current || document.activeElement === button.current);
      setGroupSelect(() => m.default);
    });
  };
  if (GroupSelect)
    return (
      <div style={{ padding: '0 var(--mantine-spacing-sm)' }}>
        <GroupSelect value={group ?? null} onPicked={onPicked} takeFocus={wanted} />
      </div>
    );
  return (
    <div style={{ padding: '0 var(--mantine-spacing-sm)' }}>
      <Input
        component="button"
        type="button"
        ref={button}
        // The name holds the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
        aria-label={`Resource group: ${group ?? 'pick a resource group'}`}
        aria-haspopup="listbox"
        pointer
        rightSection={<IconSelector size={16} aria-hidden />}
        rightSectionPointerEvents="none"
        onClick={() => load('click')}
        onFocus={() => load('focus')}
        c={group ? undefined : 'dimmed'}
      >
        <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {group ?? 'Pick a resource group'}
        </span>
      </Input>
    </div>
  );
}
