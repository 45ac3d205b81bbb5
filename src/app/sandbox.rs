//! `oc-acuity sandbox`: the emulator served on a port of its own (in the foreground or in
//! the background), stopped, reset, or made to book an appointment at its Acuity.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::context::Context;
use crate::error::CliError;
use crate::sandbox::{Announced, Sandbox, default_state_path, running, serving_path};
use crate::term::prompt;

/// Where the sandbox serves (`--json`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Serving {
    pub api_root: String,
    pub acuity_root: String,
    pub state_file: String,
    /// The serving process (another one with `--background`).
    pub pid: u32,
    /// Whether it runs in the background (stop it with `oc-acuity sandbox stop`).
    pub background: bool,
}

/// Starts the emulator on `127.0.0.1:port` (0 picks a free one) with the user's state
/// file, and announces it to `--sandbox` runs; it serves until both are dropped.
pub async fn serve(port: u16) -> anyhow::Result<(Sandbox, Announced, Serving)> {
    let state = default_state_path()?;
    if let Some(other) = running(&state) {
        return Err(CliError::usage(format!(
            "a sandbox already serves this state at {} (pid {}): use it, or stop it with `oc-acuity sandbox stop`",
            other.api_root, other.pid
        )));
    }
    let sandbox = Sandbox::start(port, state).await?;
    let announced = sandbox.announce()?;
    let serving = Serving {
        api_root: sandbox.api_root().into(),
        acuity_root: sandbox.acuity_root().into(),
        state_file: sandbox.state_path().display().to_string(),
        pid: std::process::id(),
        background: false,
    };
    Ok((sandbox, announced, serving))
}

/// `sandbox --background`: starts `oc-acuity sandbox` as a process of its own (its output
/// in `sandbox.log` beside the state) and returns once it serves. An already serving
/// sandbox is reused.
pub async fn serve_in_background(port: u16) -> anyhow::Result<Serving> {
    let state = default_state_path()?;
    let describe = |serving: crate::sandbox::Serving| Serving {
        acuity_root: serving
            .acuity_api_root
            .as_str()
            .trim_end_matches("/api/v1")
            .to_owned(),
        api_root: serving.api_root.into(),
        state_file: state.display().to_string(),
        pid: serving.pid,
        background: true,
    };
    if let Some(serving) = running(&state) {
        return Ok(describe(serving));
    }
    // What the background sandbox prints: private, as every file of ours (it may show the
    // instance names and URLs of the user's tries).
    let log = state.with_file_name("sandbox.log");
    let out = crate::fsutil::create_private(&log)?;
    let mut command = std::process::Command::new(std::env::current_exe()?);
    command
        .args(["sandbox", "--port", &port.to_string()])
        .stdin(std::process::Stdio::null())
        .stdout(out.try_clone()?)
        .stderr(out);
    // Its own process group: Ctrl-C in this terminal is not for it.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn()?;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(serving) = running(&state) {
            return Ok(describe(serving));
        }
        if let Some(status) = child.try_wait()? {
            let said = std::fs::read_to_string(&log).unwrap_or_default();
            anyhow::bail!(
                "the background sandbox stopped at once ({status}): {}",
                said.trim()
            );
        }
        if Instant::now() > deadline {
            anyhow::bail!(
                "the background sandbox did not start within 10 s; see {}",
                log.display()
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `sandbox stop`: ends the serving sandbox; `None` when none serves.
pub async fn stop() -> anyhow::Result<Option<u32>> {
    let state = default_state_path()?;
    let Some(serving) = running(&state) else {
        return Ok(None);
    };
    terminate(serving.pid)?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while running(&state).is_some() {
        if Instant::now() > deadline {
            anyhow::bail!(
                "the sandbox (pid {}) is still serving after 10 s",
                serving.pid
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = std::fs::remove_file(serving_path(&state));
    Ok(Some(serving.pid))
}

#[cfg(unix)]
fn terminate(pid: u32) -> anyhow::Result<()> {
    let pid = libc::pid_t::try_from(pid)?;
    // SAFETY: kill(2) with a pid read from the sandbox's own announcement.
    if unsafe { libc::kill(pid, libc::SIGTERM) } != 0 {
        return Err(std::io::Error::last_os_error().into());
    }
    Ok(())
}

#[cfg(not(unix))]
fn terminate(pid: u32) -> anyhow::Result<()> {
    let status = std::process::Command::new("taskkill")
        .args(["/PID", &pid.to_string(), "/F"])
        .status()?;
    anyhow::ensure!(status.success(), "taskkill failed: {status}");
    Ok(())
}

/// What the sandbox's Acuity did for `sandbox book`: the booking and the webhooks fired.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Booked {
    /// The appointment's (or order's) id.
    pub id: u64,
    pub action: String,
    /// One per webhook that fired.
    pub deliveries: Vec<BookedDelivery>,
}

/// One webhook's delivery: where it went and what came back.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct BookedDelivery {
    pub webhook: u64,
    pub event: String,
    pub target: String,
    /// `{"status": 200, "answer": ...}`, or `{"error": "..."}` when nothing answered.
    pub result: serde_json::Value,
}

impl BookedDelivery {
    /// The target's status, when it answered.
    pub fn status(&self) -> Option<u16> {
        self.result["status"]
            .as_u64()
            .and_then(|s| u16::try_from(s).ok())
    }

    /// Whether the target took it (a 2xx answer).
    pub fn arrived(&self) -> bool {
        self.status().is_some_and(|s| (200..300).contains(&s))
    }
}

impl Booked {
    /// How many deliveries arrived.
    pub fn arrived(&self) -> usize {
        self.deliveries.iter().filter(|d| d.arrived()).count()
    }
}

/// `sandbox book [--action A]`: something happens at the sandbox's Acuity (by default an
/// appointment is booked) and Acuity's webhooks fire, as they would for real.
pub async fn book(ctx: &Context, action: &str) -> anyhow::Result<Booked> {
    let root = match ctx.target_acuity_root().await? {
        Some(root) => root,
        None => match running(&default_state_path()?) {
            Some(serving) => serving.acuity_api_root,
            None => {
                return Err(CliError::usage(
                    "no sandbox is serving: start one with `oc-acuity sandbox --background`",
                ));
            }
        },
    };
    let mut url = root.join("../sandbox/book")?;
    url.query_pairs_mut().append_pair("action", action);
    let answer = crate::api::http::client_builder()
        .timeout(ctx.client_options().request_timeout)
        .build()?
        .post(url)
        .send()
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "the sandbox did not answer: {}",
                crate::api::http::network_failure(&e)
            )
        })?;
    let status = answer.status();
    let body = answer.bytes().await?;
    anyhow::ensure!(
        status.is_success(),
        "the sandbox refused: {}",
        crate::api::http::readable_excerpt(&body)
    );
    crate::api::http::parse_json("POST /sandbox/book", &body)
}

/// `sandbox reset`: empties the state (asks first unless `yes`). Returns the state file,
/// or `None` when the user said no.
pub async fn reset(ctx: &Context, yes: bool) -> anyhow::Result<Option<PathBuf>> {
    if !yes && ctx.no_input {
        return Err(crate::term::prompt::confirmation_needed("sandbox reset"));
    }
    let path = default_state_path()?;
    if !yes
        && !prompt::confirm(
            format!(
                "Forget every sandbox instance and webhook ({})?",
                path.display()
            ),
            false,
        )
        .await?
    {
        return Ok(None);
    }
    crate::sandbox::reset(&path).await?;
    Ok(Some(path))
}
