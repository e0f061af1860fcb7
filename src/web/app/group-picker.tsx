// The resource-group picker in the navigation. Its searchable Select (and the positioning library behind
// it) loads on first use, so the first page does not pay for it; until then a plain button stands in.
import { IconSelector } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useRoute } from '../lib/router';
import classes from '../components/field.module.css';

const GroupSelect = lazy(() => import('./group-select'));

export function GroupPicker({ onPicked }: { onPicked?: () => void }) {
  // The shell is outside the page's route: it reads the group from the path itself.
  const [, params] = useRoute('/secrets/groups/:group/*?');
  const group = params?.group;
  const [active, setActive] = useState(false);
  const placeholder = (
    <button
      type="button"
      className={`${classes.wrap} ${classes.field} mantine-focus-auto`}
      // The name holds the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
      aria-label={`Resource group: ${group ?? 'pick a resource group'}`}
      aria-haspopup="listbox"
      data-empty={group ? undefined : true}
      onClick={() => setActive(true)}
      onFocus={() => setActive(true)}
    >
      <span className={classes.value}>{group ?? 'Pick a resource group'}</span>
      <span className={classes.chevron}>
        <IconSelector size={16} aria-hidden />
      </span>
    </button>
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
