/**
 * Which screen is showing and which day the check-in form edits. Shared so that any screen can
 * "open day X for editing" (the Journal calendar does it in one click) and so the shortcuts can
 * ask the Journal to focus its search, even when the Journal is not mounted yet.
 */
import type { Screen } from "./screens";

export type { Screen };

export class Navigation {
  screen = $state<Screen>("today");
  /** The day the check-in form shows; null means the current journal day. */
  day = $state<string | null>(null);
  /** A session to open for editing on the Massage screen (e.g. a marker clicked in Trends). */
  sessionPending = $state<string | null>(null);
  /** Set until the Massage screen has opened its form for a new session: one done ("log") or
   *  planned ("plan"). */
  newSessionPending = $state<"log" | "plan" | null>(null);
  /** Set by Ctrl/Cmd+F until the Journal has put focus in its search field. */
  searchFocusPending = $state(false);

  go(screen: Screen): void {
    this.screen = screen;
  }

  /** Shows the check-in form for `day` (ISO), e.g. from the Journal calendar. */
  openDay(day: string): void {
    this.day = day;
    this.screen = "today";
  }

  /** Shows the Massage screen with the session `id` open in its editor. */
  openSession(id: string): void {
    this.sessionPending = id;
    this.screen = "massage";
  }

  sessionOpened(): void {
    this.sessionPending = null;
  }

  /** Shows the Massage screen with the form for planning a new session open (a reminder asked). */
  planSession(): void {
    this.newSessionPending = "plan";
    this.screen = "massage";
  }

  /** Shows the Massage screen with the form for logging a session that happened (the tray asked). */
  logSession(): void {
    this.newSessionPending = "log";
    this.screen = "massage";
  }

  newSessionOpened(): void {
    this.newSessionPending = null;
  }

  /** Shows the check-in form of the current journal day. */
  openToday(): void {
    this.day = null;
    this.screen = "today";
  }

  /** Back to the current journal day, e.g. after switching journals. */
  reset(): void {
    this.day = null;
    this.sessionPending = null;
    this.newSessionPending = null;
    this.screen = "today";
  }

  focusSearch(): void {
    this.screen = "journal";
    this.searchFocusPending = true;
  }

  searchFocused(): void {
    this.searchFocusPending = false;
  }
}
