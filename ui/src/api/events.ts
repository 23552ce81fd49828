/** The events the back end sends on its own (tray menu, clicked notifications, the scheduler). */
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
