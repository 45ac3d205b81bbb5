//! stderr is people: progress, notices, warnings and the one error line, through the
//! functions here, which honour `--quiet`, `--verbose` and `NO_COLOR`. (stdout is data:
//! only `report` writes there.)

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicI8, Ordering};

static VERBOSITY: AtomicI8 = AtomicI8::new(0);

/// Sets the stderr verbosity: negative is `--quiet`, positive counts `-v`.
pub fn set_verbosity(level: i8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

/// The stderr verbosity: negative is `--quiet`.
pub fn verbosity() -> i8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// Writes `text` to stderr. A write that fails (stderr closed: `2>&- `, a reader such as
/// `head` gone) is ignored, as ripgrep does: `eprintln!` would panic, and a message for
/// people must never end a run, least of all one holding a new instance's token.
pub fn raw(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

fn line(prefix: Option<&str>, message: &str) {
    match prefix {
        Some(prefix) => raw(&format!("{prefix} {message}\n")),
        None => raw(&format!("{message}\n")),
    }
}

/// Progress and notices; hidden by `--quiet`.
pub fn info(message: impl AsRef<str>) {
    if verbosity() >= 0 {
        line(None, message.as_ref());
    }
}

/// Something the user must act on (the authorization URL): shown even with `--quiet`.
pub fn essential(message: impl AsRef<str>) {
    line(None, message.as_ref());
}

/// Details for `-v`: requests, timings, where each setting came from.
pub fn debug(message: impl AsRef<str>) {
    if verbosity() >= 1 {
        line(Some(&paint("debug:", "2")), message.as_ref());
    }
}

/// Something the user should know even with `--quiet`.
pub fn warn(message: impl AsRef<str>) {
    line(Some(&paint("warning:", "33")), message.as_ref());
}

/// The one error line `main` prints.
pub fn error(message: impl AsRef<str>) {
    line(Some(&paint("error:", "31")), message.as_ref());
}

/// Text from elsewhere (a remote answer, a file) made safe for a terminal: every character
/// that can change how a line reads is shown escaped (`\u{202e}`), never obeyed: control
/// characters (C0, DEL, C1: line breaks, ANSI escapes), bidirectional controls (U+202A to
/// U+202E, U+2066 to U+2069, the marks U+200E, U+200F, U+061C), zero-width and other
/// invisible format characters, and the line and paragraph separators.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(changes_the_line) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else if changes_the_line(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Whether `c` is a control or an invisible format character (Unicode's Cc and Cf, plus
/// the separators Zl and Zp): shown, it could reorder, hide or break the line around it.
pub fn changes_the_line(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'                     // soft hyphen
            | '\u{034F}'                   // combining grapheme joiner
            | '\u{061C}'                   // Arabic letter mark
            | '\u{115F}' | '\u{1160}'      // Hangul fillers
            | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'      // Mongolian selectors and vowel separator
            | '\u{200B}'..='\u{200F}'      // zero-width space, joiners, LRM, RLM
            | '\u{2028}'..='\u{202E}'      // separators, bidi embeddings and overrides
            | '\u{2060}'..='\u{206F}'      // word joiner, invisible operators, bidi isolates
            | '\u{3164}'                   // Hangul filler
            | '\u{FE00}'..='\u{FE0F}'      // variation selectors
            | '\u{FEFF}'                   // zero-width no-break space
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'      // interlinear annotations
            | '\u{110BD}' | '\u{110CD}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'    // tags and variation selectors supplement
        )
}

/// Whether stdout is the null device (`>/dev/null`, or `>&-`, which Rust's runtime
/// reopens there before `main`): what is printed there reaches no one.
pub fn stdout_is_null() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let stdout = std::io::stdout();
        let Ok(fd) = stdout.as_fd().try_clone_to_owned() else {
            return false;
        };
        let (Ok(ours), Ok(null)) = (
            std::fs::File::from(fd).metadata(),
            std::fs::metadata("/dev/null"),
        ) else {
            return false;
        };
        ours.dev() == null.dev() && ours.ino() == null.ino()
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Whether stderr gets colors: only on a terminal, never when `NO_COLOR` is set, and on
/// Windows only on a console that takes ANSI sequences ([`ansi_accepted`]).
pub fn colors() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && ansi_accepted()
}

/// A Windows console shows ANSI colors only once the program turns its virtual terminal
/// processing on (Windows 10 and later); where that is refused (an older console), the
/// escape codes would print as text, so no colors. Asked once.
#[cfg(windows)]
fn ansi_accepted() -> bool {
    static ACCEPTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ACCEPTED.get_or_init(|| console::Term::stderr().features().colors_supported())
}

/// Terminals elsewhere take ANSI sequences as they are.
#[cfg(not(windows))]
fn ansi_accepted() -> bool {
    true
}

/// ANSI color when [`colors`] says so.
fn paint(text: &str, sgr: &str) -> String {
    if colors() {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

/// `text` as one shell word, for commands we print for the user to run: as is when it
/// holds only characters no shell treats specially, else in single quotes.
pub fn shell_word(text: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c);
    if !text.is_empty() && text.chars().all(safe) {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What each kind of character becomes in human output.
    #[test]
    fn escapes_what_changes_how_a_line_reads() {
        let table = [
            ("plain name", "plain name"),
            ("café Zürich 東京", "café Zürich 東京"),
            ("e\u{301}", "e\u{301}"), // a combining accent is text
            ("a\nb\tc", "a\\nb\\tc"),
            ("\u{1b}[31mred", "\\u{1b}[31mred"),
            ("\u{85}next line", "\\u{85}next line"),
            ("abc\u{202e}fdp.exe", "abc\\u{202e}fdp.exe"),
            (
                "\u{202a}\u{202b}\u{202c}\u{202d}",
                "\\u{202a}\\u{202b}\\u{202c}\\u{202d}",
            ),
            (
                "\u{2066}x\u{2069}\u{2067}\u{2068}",
                "\\u{2066}x\\u{2069}\\u{2067}\\u{2068}",
            ),
            (
                "a\u{200b}b\u{200d}c\u{feff}",
                "a\\u{200b}b\\u{200d}c\\u{feff}",
            ),
            ("\u{200e}\u{200f}\u{61c}", "\\u{200e}\\u{200f}\\u{61c}"),
            ("a\u{2028}b\u{2029}", "a\\u{2028}b\\u{2029}"),
            ("soft\u{ad}hyphen", "soft\\u{ad}hyphen"),
            ("tag\u{e0041}", "tag\\u{e0041}"),
        ];
        for (raw, shown) in table {
            assert_eq!(escape_controls(raw), shown, "{raw:?}");
        }
    }
}
