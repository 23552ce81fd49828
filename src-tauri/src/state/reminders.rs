//! What the reminder scheduler needs from the app: a wake-up when the journal or the settings
//! change, and how reminders reach the person on this computer.

use std::sync::{Arc, PoisonError, RwLock};

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;
use ts_rs::TS;

/// How reminders can reach the person here, found out at start.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Delivery {
    /// A desktop notification service answered; without one, reminders show only in the app.
    pub notifications: bool,
    /// The tray icon is shown, so the app can keep running with its window closed.
    pub tray: bool,
    /// Whether the app starts with the computer; `None` where that cannot be set.
    pub start_with_computer: Option<bool>,
}

/// The scheduler's wake-up and the delivery found at start.
#[derive(Default)]
pub struct ReminderSignal {
    /// Wakes the reminder scheduler to plan again after the journal or the settings changed.
    wake: Arc<Notify>,
    /// How reminders reach the person on this computer.
    delivery: RwLock<Delivery>,
}

impl ReminderSignal {
    /// Tells the reminder scheduler that the journal or the settings changed. A change while it
    /// is busy is kept, so it plans once more afterwards.
    pub fn changed(&self) {
        self.wake.notify_one();
    }

    /// What the scheduler waits on between passes.
    pub fn wake(&self) -> Arc<Notify> {
        Arc::clone(&self.wake)
    }

    /// How reminders reach the person here.
    pub fn delivery(&self) -> Delivery {
        self.delivery.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Updates how reminders reach the person here.
    pub fn set_delivery(&self, change: impl FnOnce(&mut Delivery)) {
        change(&mut self.delivery.write().unwrap_or_else(PoisonError::into_inner));
    }
}
