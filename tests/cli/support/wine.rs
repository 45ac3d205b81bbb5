//! The Windows binary under Wine. Once per test run: `oc-acuity.exe` cross-built for
//! `x86_64-pc-windows-gnu` in the test build's target dir, the `ProcessPrng` shim Wine 8
//! needs built beside it (`process_prng.c`), and one Wine prefix booted as a template.
//! For each test, a [`WinEnv`]: a prefix of its own (a hard-linked copy of the template:
//! its own registry, so its own Credential Manager and AppData, and its own wineserver),
//! as [`TestEnv`](super::env::TestEnv) isolates a Linux run.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::sync::OnceLock;

use assert_cmd::Command;
use tempfile::TempDir;

use super::cargo::{cargo, target_dir};
use super::{manifest_dir, require_program, text};

/// The Windows target the binary is built for (MinGW: no MSVC needed to cross-build).
pub const WINDOWS_TARGET: &str = "x86_64-pc-windows-gnu";

/// Wine's own programs (`reg`, `wineboot`), its debug channels off, no Mono or Gecko
/// download offers, no window on a developer's display.
const WINEDEBUG: &str = "-all";
const WINEDLLOVERRIDES: &str = "mscoree,mshtml=";

/// What every test shares: the programs, the built exe and the booted template prefix.
struct Setup {
    wine: PathBuf,
    wineserver: PathBuf,
    exe: PathBuf,
    /// Where the template and every test's prefix live (one filesystem: hard links).
    prefixes: PathBuf,
    template: PathBuf,
}

/// The setup, or why it failed: tried once per run, not once per test.
static SETUP: OnceLock<Result<Setup, String>> = OnceLock::new();

fn setup() -> &'static Setup {
    let setup = SETUP.get_or_init(|| {
        std::panic::catch_unwind(Setup::new).map_err(|panic| {
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default()
        })
    });
    match setup {
        Ok(setup) => setup,
        Err(why) => panic!("the Windows test setup failed: {why}"),
    }
}

impl Setup {
    fn new() -> Self {
        require_program("x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64");
        let wine = wine_program(&["/usr/lib/wine/wine64"], &["wine64", "wine"]);
        let wineserver = wine_program(&["/usr/lib/wine/wineserver64"], &["wineserver"]);
        let exe = build_exe();
        build_shim(exe.parent().unwrap());

        let prefixes = target_dir().join("windows").join("wine");
        std::fs::create_dir_all(&prefixes).unwrap();
        let this = Self {
            wine,
            wineserver,
            exe,
            template: prefixes.join("template"),
            prefixes,
        };
        this.boot_template();
        this
    }

    /// Boots a fresh template prefix, after ending and removing what an earlier run left
    /// (a run killed before its tests' prefixes were dropped).
    fn boot_template(&self) {
        for entry in std::fs::read_dir(&self.prefixes).unwrap() {
            let path = entry.unwrap().path();
            self.kill_server(&path.join("prefix"));
            self.kill_server(&path);
            std::fs::remove_dir_all(&path).unwrap();
        }
        let logs = self.prefixes.parent().unwrap();
        let mut boot = self.wine_command(&self.template);
        boot.args(["wineboot", "--init"]);
        run_logged(boot, &logs.join("wineboot.log"), "wineboot --init");
        // The registry reaches the disk when the server ends: wait for that before the
        // template is copied.
        let mut wait = StdCommand::new(&self.wineserver);
        wait.arg("-w").env("WINEPREFIX", &self.template);
        run_logged(wait, &logs.join("wineserver.log"), "wineserver -w");
        for hive in ["system.reg", "user.reg"] {
            assert!(
                self.template.join(hive).is_file(),
                "wineboot left no {hive} in {}",
                self.template.display()
            );
        }
    }

    /// `wine` with the environment every run in `prefix` gets.
    fn wine_command(&self, prefix: &Path) -> StdCommand {
        let mut cmd = StdCommand::new(&self.wine);
        cmd.env("WINEPREFIX", prefix)
            .env("WINEDEBUG", WINEDEBUG)
            .env("WINEDLLOVERRIDES", WINEDLLOVERRIDES)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
        cmd
    }

    /// Ends the wineserver of `prefix` and the Windows processes in it, if any runs.
    fn kill_server(&self, prefix: &Path) {
        let _ = StdCommand::new(&self.wineserver)
            .arg("-k")
            .env("WINEPREFIX", prefix)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// The first of `paths` that exists, else the first of `names` on PATH; fails with the
/// install hint otherwise.
fn wine_program(paths: &[&str], names: &[&str]) -> PathBuf {
    let on_path = |name: &str| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    };
    paths
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .or_else(|| names.iter().find_map(|name| on_path(name)))
        .unwrap_or_else(|| {
            panic!(
                "Wine is not installed ({} not found); the Windows tests need it: \
                 apt-get install wine64 (see .ci/run)",
                names[0]
            )
        })
}

/// `cargo build --target x86_64-pc-windows-gnu` in the test build's own target dir, so
/// that the host tools it already built (proc macros, build scripts: 34 of the 35 host
/// units have the same features) are reused rather than built again in a dir of their
/// own; returns the exe. (It waits on the dir's lock while another nested cargo builds.)
fn build_exe() -> PathBuf {
    let dir = target_dir();
    let out = cargo()
        .args([
            "build",
            "--locked",
            "--target",
            WINDOWS_TARGET,
            "--bin",
            "oc-acuity",
        ])
        .env("CARGO_TARGET_DIR", &dir)
        .current_dir(manifest_dir())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert!(
        !stderr.contains("target may not be installed"),
        "the Rust target {WINDOWS_TARGET} is not installed; the Windows tests need it: \
         rustup target add {WINDOWS_TARGET} (see .ci/run)\n{stderr}"
    );
    assert!(
        out.status.success(),
        "building oc-acuity.exe failed:\n{stderr}"
    );
    let exe = dir.join(WINDOWS_TARGET).join("debug").join("oc-acuity.exe");
    assert!(exe.is_file(), "no {} after the build", exe.display());
    exe
}

/// Builds `bcryptprimitives.dll` (the `ProcessPrng` shim) into `dir`, beside the exe,
/// where Windows looks for a DLL first.
fn build_shim(dir: &Path) {
    let source = manifest_dir().join("tests/cli/support/process_prng.c");
    let out = StdCommand::new("x86_64-w64-mingw32-gcc")
        .args(["-shared", "-O2", "-s", "-o"])
        .arg(dir.join("bcryptprimitives.dll"))
        .arg(&source)
        .arg("-ladvapi32")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "building the ProcessPrng shim failed:\n{}",
        text(&out.stderr)
    );
}

/// Runs `cmd` with its output in `log` (not a pipe: Wine's background processes would
/// hold a pipe open after the command ends), failing with the log when it fails.
fn run_logged(mut cmd: StdCommand, log: &Path, what: &str) {
    let file = File::create(log).unwrap();
    let status = cmd
        .stdin(Stdio::null())
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .status()
        .unwrap_or_else(|e| panic!("{what} did not start: {e}"));
    assert!(
        status.success(),
        "{what} failed ({status}):\n{}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

/// One test's Windows: a Wine prefix of its own, a folder for its files, and the exe.
/// `wine reg ARGS` in `prefix`: for a test's server, which holds no [`WinEnv`], to change
/// the registry while a run is under way.
pub fn reg_in(prefix: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = setup().wine_command(prefix);
    cmd.arg("reg")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub struct WinEnv {
    /// Holds `prefix` and the test's files; removed when dropped.
    pub dir: TempDir,
    pub prefix: PathBuf,
}

impl WinEnv {
    /// A prefix copied from the booted template, its wineserver started.
    pub fn new() -> Self {
        let setup = setup();
        let dir = tempfile::Builder::new()
            .prefix("test-")
            .tempdir_in(&setup.prefixes)
            .unwrap();
        let prefix = dir.path().join("prefix");
        // Hard links: the template's 700 MB of DLLs are shared, never written. The
        // registry hives are written (and replaced) by each prefix's own wineserver:
        // copied, so no test sees another's.
        let copied = StdCommand::new("cp")
            .arg("-al")
            .arg(&setup.template)
            .arg(&prefix)
            .status()
            .unwrap();
        assert!(copied.success(), "cp -al of the template prefix failed");
        for hive in ["system.reg", "user.reg", "userdef.reg"] {
            let (from, to) = (setup.template.join(hive), prefix.join(hive));
            if from.is_file() {
                std::fs::remove_file(&to).unwrap();
                std::fs::copy(&from, &to).unwrap();
            }
        }
        std::fs::create_dir_all(dir.path().join("files")).unwrap();
        let this = Self { dir, prefix };
        this.start_server();
        this
    }

    /// Starts the prefix's wineserver and its system processes with no pipe of ours:
    /// the first Windows process of a session starts them, and they keep its standard
    /// handles until the session ends, so a test reading a command's output to the end
    /// would wait for that. The server stays a while (`-p`) between commands.
    fn start_server(&self) {
        let setup = setup();
        let mut server = StdCommand::new(&setup.wineserver);
        server.arg("-p30").env("WINEPREFIX", &self.prefix);
        run_logged(
            server,
            &self.dir.path().join("wineserver.log"),
            "wineserver -p30",
        );
        let mut first = setup.wine_command(&self.prefix);
        first.arg(&setup.exe).arg("--version");
        run_logged(
            first,
            &self.dir.path().join("first-run.log"),
            "oc-acuity.exe --version under Wine",
        );
    }

    /// `oc-acuity.exe` under Wine in this prefix, isolated like
    /// [`TestEnv::cmd`](super::env::TestEnv::cmd): no inherited OC_ACUITY_* or XDG
    /// variables, no NO_COLOR, the test's folder as the current one, stdin empty.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(self.process());
        cmd.write_stdin("");
        cmd
    }

    /// The same as a plain `std::process::Command`, stdin not connected.
    pub fn process(&self) -> StdCommand {
        let mut cmd = self.console_command();
        cmd.stdin(Stdio::null());
        cmd
    }

    /// The same isolation with the standard handles left alone: for a pseudo-terminal,
    /// which Wine turns into a Windows console.
    pub fn console_command(&self) -> StdCommand {
        let setup = setup();
        let mut cmd = setup.wine_command(&self.prefix);
        cmd.arg(&setup.exe);
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().to_string();
            if key.starts_with("OC_ACUITY_")
                || key.starts_with("XDG_")
                || matches!(
                    &*key,
                    "DBUS_SESSION_BUS_ADDRESS"
                        | "BROWSER"
                        | "NO_COLOR"
                        | "SSH_CONNECTION"
                        | "SSH_TTY"
                )
            {
                cmd.env_remove(&key);
            }
        }
        cmd.current_dir(self.dir.path());
        cmd
    }

    /// Wine's `reg` in this prefix (`reg query KEY /s`, `reg add ...`): the registry as a
    /// Windows user's tools see it.
    pub fn reg(&self, args: &[&str]) -> std::process::Output {
        reg_in(&self.prefix, args)
    }

    /// Writes a file in the test's folder; returns its Linux path.
    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join("files").join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// The Linux path of `C:\...` in this prefix.
    pub fn drive_c(&self, windows_path: &str) -> PathBuf {
        let rest = windows_path
            .strip_prefix("C:\\")
            .or_else(|| windows_path.strip_prefix("c:\\"))
            .unwrap_or_else(|| panic!("not a C:\\ path: {windows_path:?}"));
        rest.split('\\')
            .filter(|part| !part.is_empty())
            .fold(self.prefix.join("drive_c"), |path, part| path.join(part))
    }
}

impl Drop for WinEnv {
    fn drop(&mut self) {
        setup().kill_server(&self.prefix);
    }
}

/// The Windows path of a Linux path: Wine maps drive Z: to `/`.
pub fn z_path(path: &Path) -> String {
    let path = path.to_str().expect("a UTF-8 path");
    assert!(path.starts_with('/'), "not absolute: {path}");
    format!("Z:{}", path.replace('/', "\\"))
}
