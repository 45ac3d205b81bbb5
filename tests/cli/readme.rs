//! The README and RELIABILITY.md stay true: the try-it command works as written on a
//! fresh HOME (and reuses the test build), `.ci/run` runs exactly the README's test
//! command, the exit codes are the contract's, and RELIABILITY.md names only tests that
//! exist.

use std::process::Command as StdCommand;

use crate::support::cargo::without_test_variables;
use crate::support::env::TestEnv;
use crate::support::{manifest_dir, text};

/// The single command of the first ```sh block under `heading`.
fn command_under(heading: &str) -> String {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).unwrap();
    let section = readme
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no {heading:?} section"))
        .1;
    let block = section
        .split_once("```sh\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .map(|(block, _)| block)
        .unwrap_or_else(|| panic!("no ```sh block under {heading:?}"));
    let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        lines.len(),
        1,
        "the README promises ONE command under {heading:?}: {lines:?}"
    );
    lines[0].to_owned()
}

#[test]
fn try_it_command_works_as_written_on_a_fresh_home() {
    let command = command_under("## Try it without an account");
    assert!(command.contains("--sandbox"), "{command}");
    let env = TestEnv::new();
    // A fresh HOME, but the same cargo and its download cache (no network for crates).
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| dirs_home().map(|h| h.join(".cargo")))
        .expect("a cargo home");
    let out = without_test_variables(&mut StdCommand::new("sh"))
        .arg("-c")
        .arg(&command)
        .current_dir(manifest_dir())
        .env("CARGO_HOME", cargo_home)
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("XDG_RUNTIME_DIR", env.path("runtime"))
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "`{command}` failed:\n{}",
        text(&out.stderr)
    );
    assert!(stdout.contains("Created instance 10001"), "{stdout}");
    assert!(
        stdout.contains("/events/acuityscheduling/MTAwMDE="),
        "{stdout}"
    );
    assert!(
        stdout.contains("Instance token:"),
        "no keyring here, so the token is shown: {stdout}"
    );
}

fn dirs_home() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(std::path::PathBuf::from)
}

/// Each package of `cargo tree` over `edges` with the features it is built with.
fn features_by_package(edges: &str) -> std::collections::BTreeMap<String, String> {
    let out = crate::support::cargo::cargo()
        .args(["tree", "--locked", "--prefix", "none", "-e", edges])
        .args(["-f", "{p}|{f}"])
        .current_dir(manifest_dir())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .filter_map(|line| {
            let (package, features) = line.split_once('|')?;
            let package = package.split(" (").next().unwrap_or(package);
            Some((
                package.to_owned(),
                features.trim_end_matches(" (*)").to_owned(),
            ))
        })
        .collect()
}

/// The try-it command (`cargo run`) and `examples::cargo_install_works` build the binary
/// without dev-dependencies. A package whose features differ from the test build's is
/// compiled a second time, with everything above it: a dev-dependency turning on one
/// feature of libc cost a fresh clone's `cargo test` a second build of nearly the whole
/// tree. Cargo.toml turns the same features on for the binary.
#[test]
fn the_binary_build_reuses_the_test_build() {
    let binary = features_by_package("normal");
    let tests = features_by_package("normal,dev");
    let differ: Vec<String> = binary
        .iter()
        .filter(|(package, features)| tests.get(*package).is_some_and(|t| t != *features))
        .map(|(package, features)| {
            format!(
                "{package}: [{features}] for the binary, [{}] for the tests",
                tests[package]
            )
        })
        .collect();
    assert!(binary.len() > 100, "{binary:?}");
    assert!(
        differ.is_empty(),
        "`cargo run` and `cargo install` would rebuild these and what depends on them; turn \
         the tests' features on in [dependencies] too (or drop them from the tests):\n{}",
        differ.join("\n")
    );
}

#[test]
fn ci_runs_exactly_the_readme_test_command() {
    let command = command_under("## Development");
    let ci = std::fs::read_to_string(manifest_dir().join(".ci/run")).unwrap();
    assert!(
        ci.lines().any(|line| line.trim() == command),
        ".ci/run does not run the README's test command {command:?}"
    );
}

/// The README's exit code table is the binary's (`error::EXIT_CODES`, which the man
/// pages print), row for row.
#[test]
fn the_readme_exit_code_table_is_the_binarys() {
    let readme = std::fs::read_to_string(crate::support::manifest_dir().join("README.md")).unwrap();
    let table: Vec<&str> = readme
        .split_once("## Exit codes")
        .expect("the README has an Exit codes section")
        .1
        .lines()
        .skip_while(|line| !line.starts_with("| 0 |"))
        .take_while(|line| line.starts_with('|'))
        .collect();
    let binary: Vec<String> = crate::support::library::EXIT_CODES
        .iter()
        .map(|(code, meaning)| format!("| {code} | {meaning} |"))
        .collect();
    assert_eq!(table, binary);
}

#[test]
fn reliability_md_names_only_tests_that_exist() {
    let root = crate::support::manifest_dir();
    let doc = std::fs::read_to_string(root.join("RELIABILITY.md"))
        .expect("RELIABILITY.md at the top of the repository");
    // Every `a::b` in a code span: a test (`tests/cli/a.rs` has `fn b()`) or a path in the
    // crate (`src/a.rs` or `src/a/`); anything else is a name that went stale.
    let mut tests = 0;
    for span in doc.split('`').skip(1).step_by(2) {
        let Some((module, name)) = span.split_once("::") else {
            continue;
        };
        let is_ident =
            |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !is_ident(module) || !name.split("::").all(is_ident) {
            continue;
        }
        let test_file = root.join("tests/cli").join(format!("{module}.rs"));
        if let Ok(source) = std::fs::read_to_string(&test_file) {
            assert!(
                source.contains(&format!("fn {name}()")),
                "RELIABILITY.md names {span}, which is not a test in {}",
                test_file.display()
            );
            tests += 1;
        } else {
            let src = root.join("src");
            assert!(
                src.join(format!("{module}.rs")).is_file() || src.join(module).is_dir(),
                "RELIABILITY.md names {span}: no test module tests/cli/{module}.rs, no src/{module}"
            );
        }
    }
    assert!(tests >= 30, "the tables name the tests: {tests} named");
}
