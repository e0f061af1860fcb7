// A text box cannot hold every character: the browser turns CR LF (and a lone CR) into LF when text is
// pasted, and may drop others. This compares what was pasted with what the box now holds, so that the form
// can say so instead of storing changed bytes silently.
import { useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react';

export type PasteLoss = {
  /** The value as it would be had the box kept every pasted character (unknown for a drop). */
  exact: string | null;
  /** What the box held right after the paste. */
  shown: string;
  /** The paste had a carriage return (the usual case: Windows line ends). */
  carriageReturn: boolean;
};

/** What a text box will keep of `text`: every CR LF and lone CR becomes LF. */
export const textareaKeeps = (text: string) => !text.includes('\r');

export function usePasteCheck() {
  const pending = useRef<{ exact: string | null; raw: string } | null>(null);
  const [loss, setLoss] = useState<PasteLoss | null>(null);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const raw = e.clipboardData.getData('text/plain');
    const el = e.currentTarget;
    pending.current = { raw, exact: el.value.slice(0, el.selectionStart) + raw + el.value.slice(el.selectionEnd) };
  };

  /** Text dragged in: where it lands is the browser's choice, so only the loss itself can be told. */
  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    pending.current = { raw: e.dataTransfer.getData('text/plain'), exact: null };
  };

  /** Call from the box's change handler, after the form has the new value. */
  const afterInput = (e: FormEvent<HTMLTextAreaElement>) => {
    const inputType = (e.nativeEvent as InputEvent).inputType;
    const shown = e.currentTarget.value;
    const paste = pending.current;
    pending.current = null;
    if (inputType === 'insertFromPaste' && paste?.exact != null) {
      if (shown !== paste.exact) setLoss({ exact: paste.exact, shown, carriageReturn: paste.raw.includes('\r') });
    } else if (inputType === 'insertFromDrop' && paste) {
      if (!shown.includes(paste.raw)) setLoss({ exact: null, shown, carriageReturn: paste.raw.includes('\r') });
    } else if (shown === '') setLoss(null); // an emptied box has nothing left that was changed
  };

  return { onPaste, onDrop, afterInput, loss, clear: () => setLoss(null) };
}
