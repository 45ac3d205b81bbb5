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
const HELP: [&[&str]; 12] = [
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
