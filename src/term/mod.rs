//! The terminal, seen from stderr: messages (`output`), the spinner, prompts, and Ctrl-C
//! handling around the one step that must not be interrupted (`interrupt`).

pub mod interrupt;
pub mod output;
pub mod prompt;
mod spinner;

pub use spinner::Spinner;
