//! Generated files stay current and work: shell completions (parsed by their shells; the
//! `completion` module drives them), man pages (rendered by groff without warnings), and
//! reviewed `--help` snapshots.
//!
//! After changing the CLI, regenerate them with
//! `SNAPSHOTS=overwrite cargo test --test cli generated::` and review the diff.

use std::process::Command;

use snapbox::Data;
use snapbox::assert::{Action, DEFAULT_ACTION_ENV};

use crate::support::env::TestEnv;
use crate::support::library::Cli;
use crate::support::{manifest_dir, require_program, text};

/// Compares `actual` with the committed file (line endings aside, as snapbox does),
/// showing a diff; `SNAPSHOTS=overwrite` rewrites the file instead.
fn assert_current(relative: &str, actual: &str) {
    let committed = Data::read_from(&manifest_dir().join(relative), None).raw();
    snapbox::assert_data_eq!(actual, committed);
}

/// Whether this run rewrites the committed files (`SNAPSHOTS=overwrite`).
fn overwriting() -> bool {
    Action::with_env_var(DEFAULT_ACTION_ENV) == Some(Action::Overwrite)
}

fn binary_output(args: &[&str]) -> String {
    let out = TestEnv::new().cmd().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

const SHELLS: [(&str, &str); 5] = [
    ("bash", "completions/oc-acuity.bash"),
    ("zsh", "completions/_oc-acuity"),
    ("fish", "completions/oc-acuity.fish"),
    ("powershell", "completions/_oc-acuity.ps1"),
    ("elvish", "completions/oc-acuity.elv"),
];

#[test]
fn committed_completions_are_current() {
    for (shell, file) in SHELLS {
        assert_current(file, &binary_output(&["completions", shell]));
    }
}

#[test]
fn zsh_and_fish_parse_their_scripts() {
    require_program("zsh", "zsh");
    require_program("fish", "fish");
    let zsh = Command::new("zsh")
        .args(["-n", "completions/_oc-acuity"])
        .current_dir(manifest_dir())
        .output()
        .unwrap();
    assert!(
        zsh.status.success() && zsh.stderr.is_empty(),
        "zsh: {}",
        text(&zsh.stderr)
    );
    let fish = Command::new("fish")
        .args(["--no-execute", "completions/oc-acuity.fish"])
        .current_dir(manifest_dir())
        .output()
        .unwrap();
    assert!(
        fish.status.success() && fish.stderr.is_empty(),
        "fish: {}",
        text(&fish.stderr)
    );
}

#[test]
fn committed_man_pages_are_current() {
    let dir = tempfile::tempdir().unwrap();
    binary_output(&["man", "--out-dir", dir.path().to_str().unwrap()]);
    let mut generated: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    generated.sort();
    let mut committed: Vec<String> = std::fs::read_dir(manifest_dir().join("doc/man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    committed.sort();
    if !overwriting() {
        assert_eq!(
            committed, generated,
            "the set of man pages changed: run with SNAPSHOTS=overwrite and review"
        );
    }
    for name in generated {
        let page = std::fs::read_to_string(dir.path().join(&name)).unwrap();
        assert_current(&format!("doc/man/{name}"), &page);
    }
}

#[test]
fn man_pages_render_without_warnings() {
    require_program("groff", "groff-base");
    let dir = manifest_dir().join("doc/man");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let out = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{}: {}",
            path.display(),
            text(&out.stderr)
        );
    }
    require_program("man", "man-db");
    let out = Command::new("man")
        .args(["-l", "-P", "cat"])
        .arg(dir.join("oc-acuity-instance-create.1"))
        .env("MANWIDTH", "100")
        .output()
        .unwrap();
    let page = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        page.contains("--event-callback-url") && page.contains("--no-store"),
        "{page}"
    );
}

/// The commands whose `--help` is reviewed as a snapshot.
const HELP: [&[&str]; 13] = [
    &[],
    &["auth"],
    &["auth", "status"],
    &["auth", "logout"],
    &["instance"],
    &["instance", "create"],
    &["instance", "list"],
    &["webhook", "register"],
    &["events", "listen"],
    &["config"],
    &["sandbox"],
    &["completions"],
    &["api"],
];

#[test]
fn help_snapshots_are_reviewed() {
    for command in HELP {
        let mut args = command.to_vec();
        args.push("--help");
        let help = binary_output(&args);
        let name = if command.is_empty() {
            "oc-acuity".to_owned()
        } else {
            command.join("-")
        };
        assert_current(&format!("tests/snapshots/help/{name}.txt"), &help);
    }
}

#[test]
fn every_flag_has_a_one_line_help() {
    use clap::CommandFactory;
    fn walk(command: &clap::Command, path: &str) {
        for arg in command.get_arguments() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{path} {} has no help",
                arg.get_id()
            );
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()));
        }
    }
    walk(&Cli::command(), "oc-acuity");
}

/// The commands that run: those without subcommands, and those that also run without one
/// (`auth`, `sandbox`), each with its path of names after `oc-acuity`.
fn runnable_commands(
    command: &clap::Command,
    path: &[String],
    out: &mut Vec<(Vec<String>, clap::Command)>,
) {
    let subcommands: Vec<_> = command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
        .collect();
    if subcommands.is_empty() || !command.is_subcommand_required_set() {
        out.push((path.to_vec(), command.clone()));
    }
    for sub in subcommands {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name().to_owned());
        runnable_commands(sub, &sub_path, out);
    }
}

/// The command lines of a help's "Examples:" section: comments and blank lines left out,
/// lines ending in `\` joined, split as a shell would, leading `NAME=value` assignments
/// and any redirect or pipe (`>`, `|`) and what follows left out.
fn example_command_lines(help: &str) -> Vec<Vec<String>> {
    let Some((_, examples)) = help.split_once("Examples:\n") else {
        return Vec::new();
    };
    let mut joined = Vec::new();
    let mut pending = String::new();
    for line in examples.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_suffix('\\') {
            Some(start) => pending.push_str(start),
            None => {
                pending.push_str(line);
                joined.push(std::mem::take(&mut pending));
            }
        }
    }
    assert!(
        pending.is_empty(),
        "an example ends in a backslash: {pending}"
    );
    joined
        .iter()
        .map(|line| {
            let words = shell_words::split(line).unwrap_or_else(|e| panic!("{line}: {e}"));
            words
                .into_iter()
                .skip_while(|word| word.contains('=') && !word.starts_with('-'))
                .take_while(|word| !matches!(word.as_str(), ">" | ">>" | "|"))
                .collect()
        })
        .collect()
}

#[test]
fn every_runnable_command_has_examples_that_parse_as_that_command() {
    use clap::CommandFactory;
    let mut commands = Vec::new();
    runnable_commands(&Cli::command(), &[], &mut commands);
    assert!(commands.len() > 25, "{} commands", commands.len());
    for (path, command) in commands {
        let name = format!("oc-acuity {}", path.join(" "));
        let help = command
            .get_after_long_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        let examples = example_command_lines(&help);
        assert!(
            !examples.is_empty(),
            "{name} --help has no Examples: section"
        );
        for words in examples {
            assert_eq!(
                words.first().map(String::as_str),
                Some("oc-acuity"),
                "{name}: {words:?}"
            );
            let matches = Cli::command()
                .try_get_matches_from(&words)
                .unwrap_or_else(|e| panic!("{name}: the example {words:?} does not parse:\n{e}"));
            let mut parsed = Vec::new();
            let mut at = &matches;
            while let Some((sub, sub_matches)) = at.subcommand() {
                parsed.push(sub.to_owned());
                at = sub_matches;
            }
            assert_eq!(
                parsed, path,
                "{name}: the example {words:?} runs another command"
            );
        }
    }
}

/// Every man page ends with EXIT STATUS (the exit code table), ENVIRONMENT and FILES (the
/// settings table); a command that runs, with the EXAMPLES of its `--help`. Read as `man`
/// renders the page of the whole tool and of `instance create`.
#[test]
fn man_pages_have_examples_exit_status_environment_and_files() {
    use crate::support::library::{EXIT_CODES, SETTINGS};
    let dir = manifest_dir().join("doc/man");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let page = std::fs::read_to_string(&path).unwrap();
        for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES"] {
            assert!(page.contains(section), "{}: no {section}", path.display());
        }
    }
    require_program("man", "man-db");
    let rendered = |name: &str| {
        let out = Command::new("man")
            .args(["-l", "-P", "cat"])
            .arg(dir.join(name))
            .env("MANWIDTH", "1000")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let top = rendered("oc-acuity.1");
    let section = |page: &str, name: &str| -> String {
        let start = page
            .find(&format!("\n{name}\n"))
            .unwrap_or_else(|| panic!("no {name}: {page}"));
        page[start + name.len() + 2..]
            .lines()
            .take_while(|line| line.is_empty() || line.starts_with(' '))
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let exit_status = section(&top, "EXIT STATUS");
    for (code, meaning) in EXIT_CODES {
        let meaning = meaning.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            exit_status.contains(&format!("{code} {meaning}")),
            "exit {code}: {exit_status}"
        );
    }
    let environment = section(&top, "ENVIRONMENT");
    for env in SETTINGS.iter().filter_map(|s| s.env) {
        assert!(
            environment.lines().any(|line| line == env),
            "{env}: {environment}"
        );
    }
    assert!(section(&top, "FILES").contains("config.toml"), "{top}");
    let create = rendered("oc-acuity-instance-create.1");
    assert!(
        section(&create, "EXAMPLES")
            .contains("oc-acuity --sandbox instance create --name demo --code demo-code"),
        "{create}"
    );
}
