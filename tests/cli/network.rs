//! Network failures say which one they are (certificate not trusted, name not found,
//! connection refused, proxy failure, timeout), a certificate failure is not retried, and
//! `HTTPS_PROXY` / `NO_PROXY` work with a private CA through a CONNECT proxy.

use std::net::TcpListener;

use crate::support::env::TestEnv;
use crate::support::text;
use crate::support::tls::{ConnectProxy, HttpsServer, ProxyMode, TestCa};

const LIST: &str = "GET /elements/api-v2/instances";
/// The listing's request line as the server reads it.
const LIST_LINE: &str =
    "GET /elements/api-v2/instances?searchText=acuityscheduling&hydrate=true&pageSize=200 HTTP/1.1";

/// `instance list -v` against `root`, secrets from files, no proxy or CA variable inherited.
fn list(env: &TestEnv, root: &str) -> assert_cmd::Command {
    let secret = env.file("secret", "s\n");
    let mut cmd = env.cmd();
    for name in [
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        cmd.env_remove(name);
    }
    cmd.args(["-v", "--base-url", root])
        .arg("--user-secret-file")
        .arg(&secret)
        .arg("--org-secret-file")
        .arg(&secret)
        .args(["instance", "list"]);
    cmd
}

/// The `-> GET ...` lines: one per attempt.
fn attempts(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.starts_with("debug: -> GET"))
        .count()
}

fn error_line(stderr: &str) -> &str {
    stderr
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_else(|| panic!("no error line: {stderr}"))
}

#[test]
fn an_untrusted_certificate_behind_a_proxy_is_named_with_the_hint_and_not_retried() {
    let env = TestEnv::new();
    let server = HttpsServer::start(&TestCa::new());
    let proxy = ConnectProxy::start(ProxyMode::Tunnel);
    let out = list(&env, &server.api_root())
        .env("HTTPS_PROXY", proxy.url())
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        error_line(&stderr),
        format!(
            "error: {LIST} failed: the certificate of 127.0.0.1 is not trusted (unknown \
             issuer). If a proxy or a private CA signs it, point SSL_CERT_FILE at that CA's \
             certificate (PEM), or add it to the OS trust store"
        )
    );
    assert_eq!(attempts(&stderr), 1, "{stderr}");
    assert_eq!(
        proxy.targets(),
        [format!("CONNECT 127.0.0.1:{}", server.port)]
    );
    assert_eq!(server.connections(), 1);
    assert!(server.requests().is_empty(), "nothing sent over it");
}

#[test]
fn a_private_ca_in_ssl_cert_file_is_trusted_through_the_proxy() {
    let env = TestEnv::new();
    let ca = TestCa::new();
    let server = HttpsServer::start(&ca);
    let proxy = ConnectProxy::start(ProxyMode::Tunnel);
    let out = list(&env, &server.api_root())
        .env("HTTPS_PROXY", proxy.url())
        .env("SSL_CERT_FILE", ca.write_ca(env.dir.path()))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        proxy.targets(),
        [format!("CONNECT 127.0.0.1:{}", server.port)]
    );
    assert_eq!(server.requests(), [LIST_LINE]);
}

#[test]
fn no_proxy_sends_the_request_directly() {
    let env = TestEnv::new();
    let ca = TestCa::new();
    let server = HttpsServer::start(&ca);
    let proxy = ConnectProxy::start(ProxyMode::Tunnel);
    let out = list(&env, &server.api_root())
        .env("HTTPS_PROXY", proxy.url())
        .env("NO_PROXY", "127.0.0.1")
        .env("SSL_CERT_FILE", ca.write_ca(env.dir.path()))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(proxy.targets().is_empty(), "{:?}", proxy.targets());
    assert_eq!(server.requests(), [LIST_LINE]);
}

#[test]
fn a_proxy_refusing_the_tunnel_is_named() {
    let env = TestEnv::new();
    let server = HttpsServer::start(&TestCa::new());
    let proxy = ConnectProxy::start(ProxyMode::Refuse(403));
    let out = list(&env, &server.api_root())
        .args(["--retries", "0"])
        .env("HTTPS_PROXY", proxy.url())
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        error_line(&stderr),
        format!(
            "error: {LIST} failed: the proxy refused the tunnel (its answer to CONNECT was \
             not 200): check HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY"
        )
    );
    assert_eq!(server.connections(), 0);
}

/// A loopback port with nothing listening on it.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn a_proxy_that_is_not_running_is_named() {
    let env = TestEnv::new();
    let server = HttpsServer::start(&TestCa::new());
    let out = list(&env, &server.api_root())
        .args(["--retries", "0"])
        .env("HTTPS_PROXY", format!("http://127.0.0.1:{}", closed_port()))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        error_line(&stderr)
            .contains("failed: the proxy refused the connection (is it running at that address?)"),
        "{stderr}"
    );
}

/// A plain-http API root through `HTTP_PROXY`: there is no tunnel, so the refused
/// connection is the proxy's, and it is named as such, not blamed on the API root.
#[test]
fn a_plain_http_proxy_that_is_not_running_is_named() {
    let env = TestEnv::new();
    let server = crate::support::recording::RecordingServer::platform();
    let out = list(&env, &server.api_root())
        .args(["--retries", "0"])
        .env("HTTP_PROXY", format!("http://127.0.0.1:{}", closed_port()))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        error_line(&stderr)
            .contains("failed: the proxy refused the connection (is it running at that address?)"),
        "{stderr}"
    );
    assert!(server.requests().is_empty());
}

#[test]
fn a_refused_connection_is_named() {
    let env = TestEnv::new();
    let port = closed_port();
    let out = list(&env, &format!("http://127.0.0.1:{port}/elements/api-v2"))
        .args(["--retries", "0"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        error_line(&stderr),
        format!(
            "error: {LIST} failed: 127.0.0.1:{port} refused the connection: check --base-url \
             / OC_ACUITY_BASE_URL, and that the server is running"
        )
    );
}

#[test]
fn a_name_not_found_is_named() {
    let env = TestEnv::new();
    // `.invalid` never resolves (RFC 6761).
    let out = list(&env, "https://no-such-host.invalid/elements/api-v2")
        .args(["--retries", "0"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        error_line(&stderr),
        format!(
            "error: {LIST} failed: the name no-such-host.invalid was not found: check \
             --base-url / OC_ACUITY_BASE_URL and your network"
        )
    );
}

#[test]
fn a_server_that_never_answers_is_a_timeout() {
    let env = TestEnv::new();
    // Accepts (the kernel's backlog) and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let out = list(&env, &format!("http://127.0.0.1:{port}/elements/api-v2"))
        .args(["--retries", "0", "--request-timeout", "1"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        error_line(&stderr),
        format!("error: {LIST} timed out (raise --request-timeout if the network is slow)")
    );
    drop(silent);
}

/// The same without a proxy: a private CA's certificate straight from the server is named
/// as untrusted, with the hint, and not retried (it came as "could not connect", thrice).
#[test]
fn an_untrusted_certificate_without_a_proxy_is_named_and_not_retried() {
    let env = TestEnv::new();
    let server = HttpsServer::start(&TestCa::new());
    let out = list(&env, &server.api_root()).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        error_line(&stderr).contains(
            "failed: the certificate of 127.0.0.1 is not trusted (unknown issuer). If a proxy \
             or a private CA signs it, point SSL_CERT_FILE"
        ),
        "{stderr}"
    );
    assert_eq!(attempts(&stderr), 1, "{stderr}");
}
