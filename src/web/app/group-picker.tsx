// The resource-group picker in the navigation. Its searchable Select (and the positioning library behind
// it) loads on first use, so the first page does not pay for it; until then a plain button stands in.
import { IconSelector } from '@tabler/icons-react';
import { useRef, useState, type ComponentType } from 'react';
import { useRoute } from '../lib/router';
import classes from '../components/field.module.css';
import type { GroupSelectProps } from './group-select';

export function GroupPicker({ onPicked }: { onPicked?: () => void }) {
  // The shell is outside the page's route: it reads the group from the path itself.
  const [, params] = useRoute('/secrets/groups/:group/*?');
  const group = params?.group;
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
  return (
    <div style={{ padding: '0 var(--mantine-spacing-sm)' }}>
      {GroupSelect ? (
        <GroupSelect value={group ?? null} onPicked={onPicked} takeFocus={wanted} />
      ) : (
        <button
          type="button"
          ref={button}
          className={`${classes.wrap} ${classes.field} mantine-focus-auto`}
          // The name holds the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
          aria-label={`Resource group: ${group ?? 'pick a resource group'}`}
          aria-haspopup="listbox"
          data-empty={group ? undefined : true}
          onClick={() => load('click')}
          onFocus={() => load('focus')}
        >
          <span className={classes.value}>{group ?? 'Pick a resource group'}</span>
          <span className={classes.chevron}>
            <IconSelector size={16} aria-hidden />
          </span>
        </button>
      )}
    </div>
  );
}
