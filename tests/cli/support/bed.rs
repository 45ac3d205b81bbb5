//! A running `oc-acuity sandbox` in its own environment, and the variables that point every
//! command at it as at a real platform (`--base-url`, secrets and Acuity credentials from
//! the environment): the test bed of the lifecycle tests.

use std::cell::Cell;
use std::process::Output;

use serde_json::Value;

use super::env::TestEnv;
use super::sandbox_process::SandboxProcess;
use super::text;

/// The Acuity user ID and API key the commands are given (the sandbox's Acuity takes any).
pub const ACUITY_USER_ID: &str = "1234";
pub const ACUITY_API_KEY: &str = "acuity-key";

pub struct Bed {
    pub env: TestEnv,
    pub sandbox: SandboxProcess,
    /// Instances created so far (each gets a name of its own).
    created: Cell<u32>,
}

impl Bed {
    pub fn new() -> Self {
        Self::in_env(TestEnv::new())
    }

    pub fn in_env(env: TestEnv) -> Self {
        let sandbox = SandboxProcess::start(&env);
        Self {
            env,
            sandbox,
            created: Cell::new(0),
        }
    }

    /// `http://127.0.0.1:PORT`, the sandbox's own root.
    pub fn base(&self) -> String {
        self.sandbox.api_root.replace("/elements/api-v2", "")
    }

    /// The sandbox's Acuity API root.
    pub fn acuity_root(&self) -> String {
        format!("{}/acuity/api/v1", self.base())
    }

    /// The binary with the platform secrets, OAuth client and Acuity credentials in its
    /// environment.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.env.cmd();
        cmd.env("OC_ACUITY_BASE_URL", &self.sandbox.api_root)
            .env("OC_ACUITY_ACUITY_BASE_URL", self.acuity_root())
            .env("OC_ACUITY_USER_SECRET", "u")
            .env("OC_ACUITY_ORG_SECRET", "o")
            .env("OC_ACUITY_CLIENT_SECRET", "c")
            .env("OC_ACUITY_CLIENT_ID", "cid")
            .env("OC_ACUITY_CALLBACK_URL", "https://app.example.com/cb")
            .env("OC_ACUITY_ACUITY_USER_ID", ACUITY_USER_ID)
            .env("OC_ACUITY_ACUITY_API_KEY", ACUITY_API_KEY);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// A `--json` run that must succeed; its document.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("--json").args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed ({:?}): {}",
            out.status.code(),
            text(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {}", text(&out.stdout)))
    }

    /// Creates an instance (not stored, named afresh: `life-1`, `life-2`, ...) with `extra`
    /// flags; its id.
    pub fn create(&self, extra: &[&str]) -> u64 {
        let created = self.created.get() + 1;
        self.created.set(created);
        let name = format!("life-{created}");
        let mut args = vec!["instance", "create", "--no-store", "--code", "c"];
        args.extend_from_slice(&["--name", &name]);
        args.extend_from_slice(extra);
        self.json(&args)["id"].as_u64().unwrap()
    }

    /// `webhook register ID` of the default events; the ids of the registrations.
    pub fn register(&self, id: u64) -> Vec<u64> {
        let registered = self.json(&["webhook", "register", &id.to_string()]);
        ids(&registered)
    }

    /// Acuity fires its webhooks once (`sandbox book`: an appointment is booked).
    pub fn book(&self) {
        let out = self.env.cmd().args(["sandbox", "book"]).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    }

    /// The derived Webhook URL of instance `id` on this sandbox.
    pub fn webhook_url(&self, id: u64) -> String {
        let out = self.run(&["webhook", "url", &id.to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim().to_owned()
    }
}

/// The `id` of each object of a JSON array, sorted.
pub fn ids(list: &Value) -> Vec<u64> {
    let mut ids: Vec<u64> = list
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|item| item["id"].as_u64().unwrap())
        .collect();
    ids.sort_unstable();
    ids
}
