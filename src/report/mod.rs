//! The only writer to stdout: each command's typed result, rendered as text for people
//! or, with `--json`, as one serde serialization of the same value. What people should
//! also know about a result (next steps, counts) goes to stderr through `term::output`.

mod views;

use std::io::Write;

use serde::Serialize;

pub use views::{Delivery, Scalar, clean, not_stored};

/// A result a command prints.
pub trait Report: Serialize {
    /// The human view on stdout (each line ends with `\n`).
    fn human(&self, out: &mut String);

    /// What follows the result on stderr for people (not with `--json` unless
    /// [`Report::notes_with_json`]).
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }

    /// Whether [`Report::notes`] are said with `--json` too.
    fn notes_with_json(&self) -> bool {
        false
    }

    /// One compact JSON document per line (a stream of results) instead of one pretty
    /// document.
    fn json_lines(&self) -> bool {
        false
    }
}

/// Prints results as the run asked: human text or JSON.
#[derive(Debug, Clone, Copy)]
pub struct Reporter {
    pub json: bool,
}

impl Reporter {
    /// Prints one result (and its notes on stderr).
    pub fn print<R: Report + ?Sized>(&self, result: &R) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        if self.json {
            if result.json_lines() {
                serde_json::to_writer(&mut out, result)?;
            } else {
                serde_json::to_writer_pretty(&mut out, result)?;
            }
            writeln!(out)?;
        } else {
            let mut text = String::new();
            result.human(&mut text);
            out.write_all(text.as_bytes())?;
        }
        out.flush()?;
        drop(out);
        if !self.json || result.notes_with_json() {
            for note in result.notes() {
                crate::term::output::info(note);
            }
        }
        Ok(())
    }
}

/// Generated text (a completion script, a man page) written as it is, `--json` or not.
pub fn raw(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Aligned columns; the last one is not padded.
fn table<const N: usize>(out: &mut String, header: [&str; N], rows: &[[String; N]]) {
    let mut widths = header.map(str::len);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut line = |cells: Vec<&str>| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == N {
                text.push_str(cell);
            } else {
                text.push_str(&format!("{cell:<width$}  ", width = widths[i]));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(header.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}
