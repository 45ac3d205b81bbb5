//! The only writer to stdout: each command's typed result, rendered as text for people
//! or, with `--json`, as one serde serialization of the same value. What people should
//! also know about a result (next steps, counts) goes to stderr through `term::output`.

mod views;

use std::io::Write;

use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::error::CliError;

pub use views::{Delivery, Scalar, clean, not_stored, token_lost_to_stdout};

/// A result a command prints.
pub trait Report: Serialize {
    /// The human view on stdout (each line ends with `\n`).
    fn human(&self, out: &mut String);

    /// What follows the result on stderr for people (not with `--json` unless
    /// [`Report::notes_with_json`]; `json` says which view stdout got, for notes that
    /// point at it).
    fn notes(&self, _json: bool) -> Vec<String> {
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
        let mut bytes = Vec::new();
        if self.json {
            if result.json_lines() {
                serde_json::to_writer(&mut bytes, result)?;
            } else {
                serde_json::to_writer_pretty(&mut bytes, result)?;
            }
            bytes.push(b'\n');
        } else {
            let mut text = String::new();
            result.human(&mut text);
            bytes = text.into_bytes();
        }
        write_stdout(&bytes)?;
        if !self.json || result.notes_with_json() {
            for note in result.notes(self.json) {
                crate::term::output::info(note);
            }
        }
        Ok(())
    }
}

/// Generated text (a completion script, a man page) written as it is, `--json` or not.
pub fn raw(text: &str) -> anyhow::Result<()> {
    write_stdout(text.as_bytes())
}

/// Writes and flushes `bytes` on stdout. When the reader has gone (`| head`, a closed
/// descriptor) the error is [`CliError::StdoutClosed`], which ends the run quietly, as
/// ripgrep does; any other failure (a full disk) is an error.
fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => CliError::StdoutClosed.into(),
            _ if e.raw_os_error() == Some(9) => CliError::StdoutClosed.into(), // EBADF: closed
            _ => anyhow::Error::new(e).context("could not write the result to stdout"),
        })
}

/// Items of a list that is printed as it arrives, page by page (see [`Reporter::stream`]).
pub trait TableRow: Serialize {
    /// The table's columns: heading and width, in terminal columns (display width). A
    /// longer cell is cut to the width, ending in `…`; the last column is neither padded
    /// nor cut.
    const COLUMNS: &'static [(&'static str, usize)];

    /// The columns whose cells are never cut, since the user copies them to act on the
    /// row (an ID): a longer cell there pushes the rest of its row right. The first, by
    /// default.
    const WHOLE: &'static [usize] = &[0];

    /// The item's cells in column order, safe for a terminal.
    fn cells(&self) -> Vec<String>;

    /// What follows the whole list on stderr for people (not with `--json`).
    fn count_note(count: usize) -> String;
}

impl Reporter {
    /// Starts printing a list whose items come in pages: each page is written (and
    /// flushed) as it is given, so memory does not grow with the list. With `--json` the
    /// whole output is one JSON array, the very bytes [`Reporter::print`] writes for the
    /// whole `Vec`; for people a table whose columns have fixed widths, since the rows to
    /// come are not known yet (see [`TableRow::COLUMNS`]).
    ///
    /// Nothing is written before the first page (a listing that fails at once prints
    /// nothing on stdout); [`Stream::finish`] ends the list.
    pub fn stream<T: TableRow>(&self) -> Stream<T> {
        Stream {
            json: self.json,
            started: false,
            count: 0,
            buf: Vec::new(),
            _items: std::marker::PhantomData,
        }
    }
}

/// A list being printed (see [`Reporter::stream`]).
pub struct Stream<T> {
    json: bool,
    /// Whether the header (or `[`) is out.
    started: bool,
    count: usize,
    /// One page's text, reused from page to page.
    buf: Vec<u8>,
    _items: std::marker::PhantomData<fn(&T)>,
}

impl<T: TableRow> Stream<T> {
    /// Prints one page of items (maybe none).
    pub fn page(&mut self, items: &[T]) -> anyhow::Result<()> {
        self.buf.clear();
        self.render(items)?;
        self.write_out()
    }

    /// Ends the list (`]` with `--json`), then the count on stderr for people.
    pub fn finish(mut self) -> anyhow::Result<()> {
        self.buf.clear();
        self.render_end()?;
        self.write_out()?;
        if !self.json {
            crate::term::output::info(T::count_note(self.count));
        }
        Ok(())
    }

    /// Adds the text of `items` (after the header, the first time) to the buffer.
    fn render(&mut self, items: &[T]) -> anyhow::Result<()> {
        if !self.started {
            self.started = true;
            if !self.json {
                let header: Vec<String> = T::COLUMNS.iter().map(|(h, _)| (*h).to_owned()).collect();
                row_line::<T>(&mut self.buf, &header);
            }
        }
        for item in items {
            if self.json {
                self.buf
                    .extend_from_slice(if self.count == 0 { b"[\n  " } else { b",\n  " });
                // An item of a pretty array is the item's own pretty text, every line
                // indented by one level (two spaces): its newlines are only structural
                // (strings escape theirs).
                serde_json::to_writer_pretty(Indented(&mut self.buf), item)?;
            } else {
                row_line::<T>(&mut self.buf, &item.cells());
            }
            self.count += 1;
        }
        Ok(())
    }

    /// Adds the end of the list to the buffer.
    fn render_end(&mut self) -> anyhow::Result<()> {
        if !self.started {
            self.render(&[])?;
        }
        if self.json {
            self.buf
                .extend_from_slice(if self.count == 0 { b"[]\n" } else { b"\n]\n" });
        }
        Ok(())
    }

    fn write_out(&mut self) -> anyhow::Result<()> {
        write_stdout(&self.buf)
    }
}

/// One table line: each cell fitted to its column's display width (see
/// [`TableRow::COLUMNS`]) and two spaces, the last cell as it is; no trailing blanks.
fn row_line<T: TableRow>(out: &mut Vec<u8>, cells: &[String]) {
    let mut line = String::new();
    let last = T::COLUMNS.len().saturating_sub(1);
    for (i, (cell, (_, width))) in cells.iter().zip(T::COLUMNS).enumerate() {
        if i == last {
            line.push_str(cell);
        } else {
            fit(&mut line, cell, *width, T::WHOLE.contains(&i));
            line.push_str("  ");
        }
    }
    out.extend_from_slice(line.trim_end().as_bytes());
    out.push(b'\n');
}

/// Appends `cell` padded to `width` terminal columns, or cut to them with `…` at the end
/// (unless `whole`). Measured by display width, not bytes or chars: `名前` takes 4 columns,
/// and a wide character that would straddle the edge is left out for a space.
fn fit(line: &mut String, cell: &str, width: usize, whole: bool) {
    let mut used = cell.width();
    if used <= width || whole {
        line.push_str(cell);
    } else {
        used = 0;
        for c in cell.chars() {
            let w = c.width().unwrap_or(0);
            // One column stays for the ellipsis.
            if used + w >= width {
                break;
            }
            line.push(c);
            used += w;
        }
        line.push('…');
        used += 1;
    }
    line.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
}

/// Writes through to the buffer, with two spaces after every newline.
struct Indented<'a>(&'a mut Vec<u8>);

impl Write for Indented<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        for line in bytes.split_inclusive(|b| *b == b'\n') {
            self.0.extend_from_slice(line);
            if line.ends_with(b"\n") {
                self.0.extend_from_slice(b"  ");
            }
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Item {
        id: u64,
        name: String,
        tags: Vec<String>,
        empty: Vec<String>,
        nested: Option<serde_json::Value>,
    }

    impl TableRow for Item {
        const COLUMNS: &'static [(&'static str, usize)] = &[("ID", 4), ("NAME", 6), ("TAGS", 0)];

        fn cells(&self) -> Vec<String> {
            vec![self.id.to_string(), self.name.clone(), self.tags.join(",")]
        }

        fn count_note(count: usize) -> String {
            format!("{count} item(s)")
        }
    }

    fn items(n: u64) -> Vec<Item> {
        (0..n)
            .map(|i| Item {
                id: i,
                name: format!("line\nbreak {i} \"quoted\""),
                tags: vec!["a".into(), "b".into()],
                empty: Vec::new(),
                nested: Some(serde_json::json!({"k": [1, {"x": {}}], "e": {}})),
            })
            .collect()
    }

    /// What the stream writes for `pages`, then the end.
    fn streamed(json: bool, pages: &[&[Item]]) -> String {
        let mut stream = Reporter { json }.stream::<Item>();
        for page in pages {
            stream.render(page).unwrap();
        }
        stream.render_end().unwrap();
        String::from_utf8(stream.buf).unwrap()
    }

    #[test]
    fn a_streamed_json_list_is_the_pretty_array_byte_for_byte() {
        for n in [0, 1, 2, 5] {
            let all = items(n);
            let whole = format!("{}\n", serde_json::to_string_pretty(&all).unwrap());
            let (a, b) = all.split_at(all.len() / 2);
            assert_eq!(streamed(true, &[a, &[], b]), whole, "{n} items");
            assert_eq!(streamed(true, &[&all]), whole, "{n} items in one page");
        }
        assert_eq!(streamed(true, &[]), "[]\n");
    }

    /// Rows of (ID, NAME, TAGS) -> the exact table: ID 4 wide and never cut, NAME 6 wide
    /// by display width (a CJK character takes two columns), TAGS last and whole.
    #[test]
    fn a_streamed_table_fits_cells_to_display_widths_and_cuts_long_ones_with_an_ellipsis() {
        let rows: [((u64, &str, &str), &str); 11] = [
            ((0, "n", "a,b"), "0     n       a,b"),
            ((1, "sixsix", ""), "1     sixsix"),
            ((2, "seven77", "t"), "2     seven…  t"),
            ((3, "名前", "t"), "3     名前    t"),
            ((4, "名前名", "t"), "4     名前名  t"),
            ((5, "名前名前", "t"), "5     名前…   t"),
            ((6, "a名前名前", "t"), "6     a名前…  t"),
            ((7, "e\u{301}tude", "t"), "7     e\u{301}tude   t"),
            ((123_456, "n", "t"), "123456  n       t"),
            (
                (8, "n", "a-very-long-last-column,名前"),
                "8     n       a-very-long-last-column,名前",
            ),
            ((9, "", "t"), "9             t"),
        ];
        let items: Vec<Item> = rows
            .iter()
            .map(|((id, name, tags), _)| Item {
                id: *id,
                name: (*name).to_owned(),
                tags: if tags.is_empty() {
                    vec![]
                } else {
                    vec![(*tags).to_owned()]
                },
                empty: Vec::new(),
                nested: None,
            })
            .collect();
        let expected: String = std::iter::once("ID    NAME    TAGS")
            .chain(rows.iter().map(|(_, line)| *line))
            .map(|line| format!("{line}\n"))
            .collect();
        assert_eq!(streamed(false, &[&items[..3], &items[3..]]), expected);
        assert_eq!(streamed(false, &[]), "ID    NAME    TAGS\n");
    }
}
