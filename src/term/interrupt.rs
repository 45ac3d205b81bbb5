//! Signals end a run at once (exit 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP),
//! except inside a critical section: between asking the platform to create an instance
//! and handing its token to the user. Interrupting there could leave an instance whose
//! token nobody has. Whatever ends the run, the terminal is left as it was found.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::error::Signal;

static CRITICAL: AtomicUsize = AtomicUsize::new(0);

/// While alive, signals wait for the section to end.
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

/// The signals a run listens for. Every handler is installed when this is made, before the
/// command runs: a signal can never arrive in a window where none is installed yet.
pub struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hangup: tokio::signal::unix::Signal,
}

impl Signals {
    /// Starts listening (needs the tokio runtime).
    pub fn new() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Self {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
                hangup: signal(SignalKind::hangup())?,
            })
        }
        #[cfg(not(unix))]
        Ok(Self {})
    }

    /// The next signal.
    pub async fn recv(&mut self) -> Signal {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => Signal::Interrupt,
                _ = self.terminate.recv() => Signal::Terminate,
                _ = self.hangup.recv() => Signal::Hangup,
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            Signal::Interrupt
        }
    }
}

static PROMPTED: AtomicBool = AtomicBool::new(false);

/// The terminal's settings when the run started, put back when it ends: a prompt cut
/// short by a signal would otherwise leave echo off (hidden input) or the cursor hidden
/// (a selection list).
pub struct TerminalGuard {
    #[cfg(unix)]
    saved: Option<libc::termios>,
}

impl TerminalGuard {
    /// Remembers the terminal's settings (when stdin is one).
    pub fn capture() -> Self {
        #[cfg(unix)]
        {
            // SAFETY: tcgetattr only writes into the zeroed struct we own.
            let mut termios: libc::termios = unsafe { std::mem::zeroed() };
            let ok = unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut termios) } == 0;
            Self {
                saved: ok.then_some(termios),
            }
        }
        #[cfg(not(unix))]
        Self {}
    }

    /// Puts the settings back and shows the cursor, if a prompt ran.
    pub fn restore(&self) {
        if !PROMPTED.load(Ordering::SeqCst) {
            return;
        }
        #[cfg(unix)]
        if let Some(saved) = &self.saved {
            // SAFETY: restores settings read from the same descriptor at start.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved) };
        }
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            super::output::raw("\x1b[?25h");
        }
    }
}

/// Notes that a prompt is on the terminal (so the guard has something to restore).
pub fn prompting() {
    PROMPTED.store(true, Ordering::SeqCst);
}

static SERVING: AtomicBool = AtomicBool::new(false);

/// Notes that the run serves until stopped (`sandbox`, `events listen`): a signal is then
/// how it is meant to end, not an error.
pub fn serving() {
    SERVING.store(true, Ordering::SeqCst);
}

/// Whether the run serves until stopped.
pub fn is_serving() -> bool {
    SERVING.load(Ordering::SeqCst)
}
