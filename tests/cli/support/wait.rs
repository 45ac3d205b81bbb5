//! Waiting for events with a deadline, never for a guessed amount of time.

use std::time::{Duration, Instant};

/// The upper bound for anything a test waits for: generous for a loaded two-core CI
/// machine, yet a broken run fails instead of hanging the suite.
pub const EVENT_TIMEOUT: Duration = Duration::from_secs(30);

/// How often [`wait_until`] asks again.
const POLL_INTERVAL: Duration = Duration::from_millis(20);

/// Asks `done` until it holds; panics naming `what` once `timeout` has passed. For
/// events nothing announces, that can only be observed by asking (a port that closes, a
/// service that starts answering).
pub fn wait_until(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !done() {
        assert!(
            Instant::now() < deadline,
            "waited {timeout:?} for {what}, in vain"
        );
        // Nothing announces the event (see above), so ask again shortly.
        std::thread::sleep(POLL_INTERVAL);
    }
}
