//! `oc-acuity sandbox`: the emulator served on a port of its own.

use std::path::PathBuf;

use serde::Serialize;

use super::context::Context;
use crate::error::CliError;
use crate::sandbox::{Sandbox, default_state_path};
use crate::term::prompt;

/// Where the sandbox serves (`--json`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Serving {
    pub api_root: String,
    pub acuity_root: String,
    pub state_file: String,
}

/// Starts the emulator on `127.0.0.1:port` (0 picks a free one) with the user's state
/// file; it serves until the returned [`Sandbox`] is dropped.
pub async fn serve(port: u16) -> anyhow::Result<(Sandbox, Serving)> {
    let sandbox = Sandbox::start(port, default_state_path()?).await?;
    let serving = Serving {
        api_root: sandbox.api_root().into(),
        acuity_root: sandbox.acuity_root().into(),
        state_file: sandbox.state_path().display().to_string(),
    };
    Ok((sandbox, serving))
}

/// `sandbox reset`: empties the state (asks first unless `yes`). Returns the state file,
/// or `None` when the user said no.
pub async fn reset(ctx: &Context, yes: bool) -> anyhow::Result<Option<PathBuf>> {
    if !yes && ctx.no_input {
        return Err(CliError::usage(
            "sandbox reset asks for confirmation: pass --yes with --no-input",
        ));
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
