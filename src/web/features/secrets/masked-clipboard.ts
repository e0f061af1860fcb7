// Chromium copies what a masked (-webkit-text-security) box draws, not what it holds: a copy or cut from
// a hidden value would put "•••" on the clipboard, and a cut would then lose the real text. While the
// value is hidden, copy, cut and drag put the selected characters themselves on the clipboard.
import type { ClipboardEvent, DragEvent } from 'react';

const selected = (el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd);

export function copyRealText(e: ClipboardEvent<HTMLTextAreaElement>) {
  const el = e.currentTarget;
  if (el.selectionStart === el.selectionEnd) return;
  e.preventDefault();
  e.clipboardData.setData('text/plain', selected(el));
  if (e.type !== 'cut' || el.readOnly) return;
  // Delete through the editor, so that undo works and the form sees an input event.
  if (!document.execCommand('delete')) {
    el.setRangeText('', el.selectionStart, el.selectionEnd, 'end');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

export function dragRealText(e: DragEvent<HTMLTextAreaElement>) {
  const el = e.currentTarget;
  if (el.selectionStart !== el.selectionEnd) e.dataTransfer.setData('text/plain', selected(el));
}
