import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * A text input whose value lives in the URL: typed into local state at once, written to the URL 200 ms after
 * the last keystroke (the router updates the URL asynchronously, and binding an input to it drops characters
 * when typing fast), and re-read when the URL changes from outside (back button, a link).
 */
export function useUrlText(urlValue: string, write: (value: string) => void): [string, (value: string) => void] {
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [committed, setCommitted] = useState(urlValue);
  if (seen !== urlValue) {
    setSeen(urlValue);
    if (urlValue !== committed) {
      setValue(urlValue);
      setCommitted(urlValue);
    }
  }
  const commit = useDebouncedCallback((next: string) => {
    setCommitted(next);
    write(next);
  }, 200);
  return [
    value,
    (next) => {
      setValue(next);
      commit(next);
    },
  ];
}
