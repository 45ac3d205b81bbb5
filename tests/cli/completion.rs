//! Shell completion in the real shells, from the committed scripts installed where the
//! completions help says (`oc-acuity completions --help`): bash (through bash-completion's
//! loader) and zsh typed at in a pseudo-terminal, fish through its own completion engine
//! (`complete -C`, which autoloads the installed file). Three levels deep: subcommands,
//! options, option values and positional values (config keys).
//!
//! PowerShell cannot run here (no pwsh package is reachable from this machine): its script
//! is checked for a case per subcommand path instead, which is what its completer switches on.

use std::path::{Path, PathBuf};
use std::process::Command;

use rexpect::session::PtySession;

use crate::support::env::TestEnv;
use crate::support::pty::spawn_in_pty;
use crate::support::{manifest_dir, require_program, text};

/// Where bash-completion's main script is (Debian's `bash-completion` package).
const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

/// A file in the working directory: a completion that falls back to file names offers it.
const STRAY_FILE: &str = "stray-file-in-cwd";

/// An interactive shell in a pseudo-terminal, in an isolated HOME with our script
/// installed, the binary on PATH and a stray file in its working directory.
struct Shell {
    session: PtySession,
    env: TestEnv,
    /// Keys that ask the shell to list the candidates (bash: Tab twice; zsh: once, as a
    /// second Tab would insert the first candidate).
    list_keys: &'static str,
}

/// PATH with the binary's folder first (fish completes only commands it can find).
fn search_path() -> String {
    let bin: PathBuf = assert_cmd::cargo::cargo_bin("oc-acuity");
    format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap()
    )
}

fn install(from: &str, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(manifest_dir().join(from), to).unwrap();
}

impl Shell {
    fn start(env: TestEnv, program: &str, args: &[&str], list_keys: &'static str) -> Self {
        let work = env.path("work");
        std::fs::create_dir_all(&work).unwrap();
        std::fs::write(work.join(STRAY_FILE), "").unwrap();
        let mut cmd = Command::new(program);
        cmd.args(args)
            .env_clear()
            .env("PATH", search_path())
            .env("HOME", env.path("home"))
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("TERM", "dumb")
            .current_dir(&work);
        let mut session = spawn_in_pty(cmd);
        // The quotes keep the echo of this line from matching the prompt it sets.
        session.send_line("PS1='READY''> '").unwrap();
        session.exp_string("READY> ").unwrap();
        Self {
            session,
            env,
            list_keys,
        }
    }

    /// bash as a Debian user has it: bash-completion loaded (as /etc/bash.bashrc does),
    /// our script in `$XDG_DATA_HOME/bash-completion/completions/oc-acuity`.
    fn bash() -> Self {
        require_program("bash", "bash");
        assert!(
            Path::new(BASH_COMPLETION).is_file(),
            "{BASH_COMPLETION} is missing; this test needs it: apt-get install bash-completion (see .ci/run)"
        );
        let env = TestEnv::new();
        install(
            "completions/oc-acuity.bash",
            &env.path("data/bash-completion/completions/oc-acuity"),
        );
        let mut shell = Self::start(env, "bash", &["--norc", "--noprofile", "-i"], "\t\t");
        shell.run(&format!("source {BASH_COMPLETION}"));
        shell
    }

    /// zsh with our `_oc-acuity` in a folder on `fpath`, then `compinit`.
    fn zsh() -> Self {
        require_program("zsh", "zsh");
        let env = TestEnv::new();
        install(
            "completions/_oc-acuity",
            &env.path("home/.zfunc/_oc-acuity"),
        );
        let mut shell = Self::start(env, "zsh", &["-f", "-i"], "\t");
        shell.run(
            "fpath=(~/.zfunc $fpath); autoload -Uz compinit; compinit -u -D; bindkey -e; LISTMAX=100000",
        );
        shell
    }

    /// Runs a command line and waits for the prompt after it.
    fn run(&mut self, line: &str) {
        self.session.send_line(line).unwrap();
        self.session.exp_string("READY> ").unwrap();
    }

    /// Everything the shell shows after `typed` and the list keys, up to a marker printed
    /// once the line is abandoned (Ctrl-U).
    fn listing(&mut self, typed: &str) -> String {
        self.session.send(typed).unwrap();
        self.session.send(self.list_keys).unwrap();
        self.session.send("\x15echo END''OF''LIST\r").unwrap();
        self.session.flush().unwrap();
        let shown = self.session.exp_string("ENDOFLIST").unwrap();
        self.session.exp_string("READY> ").unwrap();
        shown
    }

    /// The words of the command line after `typed` and one Tab: the line is run as
    /// `printf 'W[%s]\n' <line>` (Ctrl-A, then the printf), so each word comes back alone.
    fn completed(&mut self, typed: &str) -> Vec<String> {
        self.session.send(typed).unwrap();
        self.session
            .send("\t\x01printf 'W[%s]\\n' \recho END''OF''WORDS\r")
            .unwrap();
        self.session.flush().unwrap();
        let shown = self.session.exp_string("ENDOFWORDS").unwrap();
        self.session.exp_string("READY> ").unwrap();
        shown
            .lines()
            .filter_map(|l| l.trim().strip_prefix("W[")?.strip_suffix(']'))
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for Shell {
    fn drop(&mut self) {
        let _ = self.session.send_line("exit");
        let _ = &self.env;
    }
}

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_owned).collect()
}

/// What a shell must complete, each at its depth.
fn check_every_depth(shell: &mut Shell, name: &str) {
    // 1: subcommands.
    assert_eq!(
        shell.completed("oc-acuity inst"),
        words("oc-acuity instance"),
        "{name}"
    );
    // 2: a subcommand's subcommands, not file names.
    let listed = shell.listing("oc-acuity instance ");
    for sub in ["create", "list", "reauth", "token"] {
        assert!(
            listed.contains(sub),
            "{name}: `instance <Tab>` lacks {sub}:\n{listed}"
        );
    }
    assert!(
        !listed.contains(STRAY_FILE),
        "{name}: `instance <Tab>` offers files:\n{listed}"
    );
    assert_eq!(
        shell.completed("oc-acuity instance cre"),
        words("oc-acuity instance create"),
        "{name}"
    );
    // 3: options, and an option's values.
    assert_eq!(
        shell.completed("oc-acuity instance create --if-e"),
        words("oc-acuity instance create --if-exists"),
        "{name}"
    );
    let listed = shell.listing("oc-acuity instance create --if-exists ");
    for value in ["fail", "reuse", "reauth"] {
        assert!(
            listed.contains(value),
            "{name}: `--if-exists <Tab>` lacks {value}:\n{listed}"
        );
    }
    assert!(
        !listed.contains(STRAY_FILE),
        "{name}: `--if-exists <Tab>` offers files:\n{listed}"
    );
    assert_eq!(
        shell.completed("oc-acuity instance create --if-exists reu"),
        words("oc-acuity instance create --if-exists reuse"),
        "{name}"
    );
    // Positional values: config keys.
    assert_eq!(
        shell.completed("oc-acuity config set event-c"),
        words("oc-acuity config set event-callback-url"),
        "{name}"
    );
    let listed = shell.listing("oc-acuity config get ");
    for key in ["base-url", "client-id", "webhook-url"] {
        assert!(
            listed.contains(key),
            "{name}: `config get <Tab>` lacks {key}:\n{listed}"
        );
    }
    // Deeper still: `instance events <Tab>`.
    assert_eq!(
        shell.completed("oc-acuity instance events dis"),
        words("oc-acuity instance events disable"),
        "{name}"
    );
}

#[test]
fn bash_completes_at_every_depth() {
    check_every_depth(&mut Shell::bash(), "bash");
}

#[test]
fn zsh_completes_at_every_depth() {
    check_every_depth(&mut Shell::zsh(), "zsh");
}

/// fish's own completion engine, with the script where fish autoloads it from.
fn fish_candidates(env: &TestEnv, line: &str) -> Vec<String> {
    let out = Command::new("fish")
        .args(["-c", &format!("complete -C '{line}'")])
        .env("PATH", search_path())
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .current_dir(env.path("work"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_owned())
        .collect()
}

#[test]
fn fish_completes_at_every_depth() {
    require_program("fish", "fish");
    let env = TestEnv::new();
    install(
        "completions/oc-acuity.fish",
        &env.path("config/fish/completions/oc-acuity.fish"),
    );
    std::fs::create_dir_all(env.path("work")).unwrap();
    std::fs::write(env.path("work").join(STRAY_FILE), "").unwrap();
    let has = |line: &str, want: &[&str]| {
        let got = fish_candidates(&env, line);
        for w in want {
            assert!(
                got.iter().any(|g| g == w),
                "fish `{line}<Tab>` lacks {w}: {got:?}"
            );
        }
        assert!(
            !got.iter().any(|g| g == STRAY_FILE),
            "fish `{line}<Tab>` offers files: {got:?}"
        );
    };
    has("oc-acuity inst", &["instance"]);
    has(
        "oc-acuity instance ",
        &["create", "list", "reauth", "token"],
    );
    has("oc-acuity instance create --if-e", &["--if-exists"]);
    has(
        "oc-acuity instance create --if-exists ",
        &["fail", "reuse", "reauth"],
    );
    has(
        "oc-acuity config set ",
        &["base-url", "client-id", "event-callback-url"],
    );
    has("oc-acuity instance events ", &["enable", "disable"]);
    has(
        "oc-acuity completions ",
        &["bash", "zsh", "fish", "powershell"],
    );
    // A key once given is not offered again as the value.
    let value = fish_candidates(&env, "oc-acuity config set client-id ");
    assert!(!value.iter().any(|v| v == "base-url"), "{value:?}");
}

/// PowerShell's completer switches on the words so far joined with `;`: every subcommand
/// path needs its case, with that path's options and subcommands.
#[test]
fn powershell_has_a_case_for_every_subcommand_path() {
    use clap::CommandFactory;
    let script =
        std::fs::read_to_string(manifest_dir().join("completions/_oc-acuity.ps1")).unwrap();
    fn walk(command: &clap::Command, path: &str, script: &str) {
        let case = format!("'{path}' {{");
        assert!(script.contains(&case), "no case {case}");
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path};{}", sub.get_name()), script);
        }
    }
    walk(
        &crate::support::library::Cli::command(),
        "oc-acuity",
        &script,
    );
    assert!(script.contains("[CompletionResult]::new('--if-exists'"));
}
