//! The TLS trust store: a run on plain http reads none, an https run reads it once and
//! `-v` names the set; `SSL_CERT_FILE` adds a private CA. (Which set is chosen where the OS
//! has no store, and what `SSL_CERT_DIR` adds, are decided in-process: `api::tls` tests.)

use std::path::Path;

use crate::support::env::TestEnv;
use crate::support::recording::RecordingServer;
use crate::support::tls::{HttpsServer, TestCa};
use crate::support::{require_program, text};

/// `instance list -v` against `root`, secrets from files.
fn list_verbose(env: &TestEnv, root: &str) -> assert_cmd::Command {
    let secret = env.file("secret", "s\n");
    let mut cmd = env.cmd();
    cmd.env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR")
        .args(["-v", "--base-url", root])
        .arg("--user-secret-file")
        .arg(&secret)
        .arg("--org-secret-file")
        .arg(&secret)
        .args(["instance", "list"]);
    cmd
}

/// Runs `cmd` under strace: its output, and every certificate file or folder it opened
/// (paths under `/etc/ssl`, `/etc/pki` or `/usr/share/ca-certificates`, and `extra`).
fn opened_certificates(
    env: &TestEnv,
    cmd: &assert_cmd::Command,
    extra: Option<&Path>,
) -> (std::process::Output, Vec<String>) {
    require_program("strace", "strace");
    let trace = env.dir.path().join("strace.log");
    let std = cmd.get_program();
    let mut traced = std::process::Command::new("strace");
    traced
        .args(["-f", "-qq", "-e", "trace=openat", "-o"])
        .arg(&trace)
        .arg(std)
        .args(cmd.get_args());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => traced.env(key, value),
            None => traced.env_remove(key),
        };
    }
    traced.stdin(std::process::Stdio::null());
    let out = traced.output().unwrap();
    let log = std::fs::read_to_string(&trace).unwrap();
    let mut prefixes = vec![
        "/etc/ssl".to_owned(),
        "/etc/pki".to_owned(),
        "/usr/share/ca-certificates".to_owned(),
    ];
    prefixes.extend(extra.map(|p| p.display().to_string()));
    let opened = log
        .lines()
        .filter(|l| l.contains("openat(") && !l.contains("= -1"))
        .filter_map(|l| l.split('"').nth(1))
        .filter(|path| prefixes.iter().any(|p| path.starts_with(p.as_str())))
        .map(str::to_owned)
        .collect();
    (out, opened)
}

fn trust_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("TLS roots:"))
        .collect()
}

#[test]
fn a_plain_http_root_reads_no_trust_store() {
    let env = TestEnv::new();
    let server = RecordingServer::with(|_| (200, "application/json".into(), "[]".into()));
    let (out, opened) = opened_certificates(&env, &list_verbose(&env, &server.api_root()), None);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(server.requests().len(), 1);
    assert!(trust_lines(&stderr).is_empty(), "{stderr}");
    assert_eq!(opened, Vec::<String>::new(), "no certificate read");
}

#[test]
fn an_https_root_reads_the_os_store_once_and_ssl_cert_file_adds_a_private_ca() {
    let env = TestEnv::new();
    let ca = TestCa::new();
    let server = HttpsServer::start(&ca);
    let ca_file = ca.write_ca(env.dir.path());
    let mut cmd = list_verbose(&env, &server.api_root());
    cmd.env("SSL_CERT_FILE", &ca_file);
    let (out, opened) = opened_certificates(&env, &cmd, Some(&ca_file));
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        server.requests(),
        [
            "GET /elements/api-v2/instances?searchText=acuityscheduling&hydrate=true&pageSize=200 HTTP/1.1"
        ]
    );
    let lines = trust_lines(&stderr);
    assert_eq!(lines.len(), 1, "one set, read once: {stderr}");
    // The set: this host's OS bundle (the test machine has one) and the CA made here.
    assert!(
        lines[0].starts_with("debug: TLS roots: the OS trust store /"),
        "{stderr}"
    );
    assert!(
        lines[0].ends_with(&format!(
            ", plus SSL_CERT_FILE {} (1 certificate)",
            ca_file.display()
        )),
        "{stderr}"
    );
    // One OS bundle file and the CA's file, each once; no folder of single certificates.
    let bundle = lines[0]
        .strip_prefix("debug: TLS roots: the OS trust store ")
        .and_then(|rest| rest.split(" (").next())
        .unwrap();
    assert_eq!(opened, [bundle.to_owned(), ca_file.display().to_string()]);
}
