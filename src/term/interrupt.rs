//! Ctrl-C ends a run at once (exit 130), except inside a critical section: between asking
//! the platform to create an instance and handing its token to the user. Interrupting
//! there could leave an instance whose token nobody has.

use std::sync::atomic::{AtomicUsize, Ordering};

static CRITICAL: AtomicUsize = AtomicUsize::new(0);

/// While alive, Ctrl-C waits for the section to end.
pub struct Critical(());

impl Critical {
    pub fn enter() -> Self {
        CRITICAL.fetch_add(1, Ordering::SeqCst);
        Critical(())
    }
}

impl Drop for Critical {
    fn drop(&mut self) {
        CRITICAL.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Whether a critical section is running.
pub fn in_critical_section() -> bool {
    CRITICAL.load(Ordering::SeqCst) > 0
}
