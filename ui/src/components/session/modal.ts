/**
 * Opens a native dialog as a modal (focus stays inside, the page behind is inert, Esc fires
 * `cancel`). Falls back to a plain open dialog where `showModal` is missing, as in jsdom.
 */
export function openModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  if (typeof dialog.showModal === "function") dialog.showModal();
  else dialog.open = true;
}

export function closeModal(dialog: HTMLDialogElement): void {
  if (!dialog.open) return;
  if (typeof dialog.close === "function") dialog.close();
  else dialog.open = false;
}
