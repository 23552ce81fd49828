/** The events the back end sends on its own (tray menu, clicked notifications, the scheduler,
 *  sync). */
import { listenTo } from "./client";
import type { ReminderAction } from "./bindings/ReminderAction";

export type { ReminderAction };

/** Reminders were added, answered or planned again: the banner should ask for them again. */
export function onRemindersChanged(handler: () => void): Promise<() => void> {
  return listenTo<null>("reminders-changed", () => handler());
}

/** A tray item or a notification asks the window to open something. */
export function onOpenAction(handler: (action: ReminderAction) => void): Promise<() => void> {
  return listenTo<ReminderAction>("open-action", handler);
}

/** What a sync pass did: `applied` when entries arrived from another computer. */
export interface SyncChange {
  applied: boolean;
}

/** A sync pass changed something: the Sync card asks for its status again, and when entries
 *  arrived (`applied`), the screens show them. */
export function onSyncChanged(handler: (change: SyncChange) => void): Promise<() => void> {
  return listenTo<SyncChange | null>("sync-changed", (change) => handler({ applied: change?.applied === true }));
}
