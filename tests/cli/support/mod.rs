//! Test harness: an isolated environment for the real binary, a strict recording server
//! for exact bytes on the wire, and a private Secret Service (dbus-daemon +
//! gnome-keyring-daemon) so tests never touch the developer's own keyring.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use tempfile::TempDir;

/// Secrets used by the tests; every one must be absent from output unless asked for.
pub const USER_SECRET: &str = "user-secret-7f3a9";
pub const ORG_SECRET: &str = "org-secret-2b8c4";
pub const CLIENT_SECRET: &str = "client-secret-5d1e6";
pub const SIGNATURE_KEY: &str = "signature-key-9a0f2";
pub const CODE: &str = "grant-code-4c7b1";
pub const TOKEN: &str = "ABC/Dtoken-3e8d5=";

/// `--sandbox --json instance create` of a demo instance with events off.
pub const SANDBOX_CREATE: [&str; 9] = [
    "--sandbox",
    "--json",
    "instance",
    "create",
    "--name",
    "n",
    "--code",
    "c",
    "--no-events",
];

/// A fresh HOME, XDG folders, config dir and runtime dir, with no session bus.
pub struct Sandboxed {
    pub dir: TempDir,
    /// Set when a private keyring runs for this environment.
    pub bus_address: Option<String>,
}

impl Sandboxed {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["home", "config", "data", "runtime", "cache"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let runtime = dir.path().join("runtime");
            std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        Self {
            dir,
            bus_address: None,
        }
    }

    pub fn path(&self, sub: &str) -> PathBuf {
        self.dir.path().join(sub)
    }

    /// The binary, isolated: no inherited OC_ACUITY_* variables, no session bus unless
    /// this environment runs its own keyring, no terminal on stdin.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(self.process());
        cmd.write_stdin("");
        cmd
    }

    /// The same isolation as a plain `std::process::Command`, for runs the test drives
    /// itself (long-running servers, signals); stdin is not connected.
    pub fn process(&self) -> StdCommand {
        let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("oc-acuity"));
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().to_string();
            if key.starts_with("OC_ACUITY_")
                || key == "DBUS_SESSION_BUS_ADDRESS"
                || key == "DISPLAY"
                || key == "BROWSER"
            {
                cmd.env_remove(&key);
            }
        }
        cmd.env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("XDG_RUNTIME_DIR", self.path("runtime"))
            .env("NO_COLOR", "1")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null());
        if let Some(address) = &self.bus_address {
            cmd.env("DBUS_SESSION_BUS_ADDRESS", address);
        }
        cmd
    }

    /// `--sandbox --json instance create` with events off (`extra` flags appended),
    /// asserting success; returns the printed JSON.
    pub fn sandbox_create(&self, extra: &[&str]) -> serde_json::Value {
        let out = self
            .cmd()
            .args(SANDBOX_CREATE)
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Writes a file in the temp dir and returns its path.
    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

/// Fails with an install hint when a program a test needs is missing.
pub fn require_program(program: &str, package: &str) {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{program} is not installed; this test needs it: apt-get install {package} (see .ci/run)"
    );
}

/// A private session bus with an unlocked gnome-keyring Secret Service on it.
pub struct PrivateKeyring {
    dbus: Child,
    keyring: Child,
    pub address: String,
    env: Vec<(String, PathBuf)>,
}

impl PrivateKeyring {
    /// Starts dbus-daemon and gnome-keyring-daemon for `env`'s HOME and XDG folders,
    /// and points `env`'s commands at it.
    pub fn start(env: &mut Sandboxed) -> Self {
        require_program("dbus-daemon", "dbus");
        require_program("gnome-keyring-daemon", "gnome-keyring");
        require_program("secret-tool", "libsecret-tools");
        let socket = env.path("runtime").join("bus");
        let vars: Vec<(String, PathBuf)> = vec![
            ("HOME".into(), env.path("home")),
            ("XDG_CONFIG_HOME".into(), env.path("config")),
            ("XDG_DATA_HOME".into(), env.path("data")),
            ("XDG_RUNTIME_DIR".into(), env.path("runtime")),
        ];
        // A bus without service activation: otherwise a probe could activate a second,
        // locked gnome-keyring-daemon from /usr/share/dbus-1/services before ours is up.
        let config = env.path("runtime").join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                socket.display()
            ),
        )
        .unwrap();
        let mut dbus = StdCommand::new("dbus-daemon")
            .args(["--nofork", "--print-address=1"])
            .arg(format!("--config-file={}", config.display()))
            .envs(vars.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon starts");
        let mut line = String::new();
        BufReader::new(dbus.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("dbus-daemon prints its address");
        let address = line.trim().to_owned();
        assert!(!address.is_empty(), "dbus-daemon printed no address");

        let mut keyring = StdCommand::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(vars.iter().map(|(k, v)| (k, v)))
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env_remove("DISPLAY")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon starts");
        // The login keyring's password; closing stdin lets the daemon go on.
        keyring
            .stdin
            .take()
            .unwrap()
            .write_all(b"test-password")
            .unwrap();

        let this = Self {
            dbus,
            keyring,
            address: address.clone(),
            env: vars,
        };
        this.wait_until_ready();
        env.bus_address = Some(address);
        this
    }

    fn wait_until_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            // A store succeeds only once the Secret Service owns its name and the login
            // collection exists.
            let ok = self
                .secret_tool(
                    &[
                        "store",
                        "--label=probe",
                        "service",
                        "oc-acuity-test-probe",
                        "username",
                        "probe",
                    ],
                    Some("x"),
                )
                .status
                .success();
            if ok {
                self.secret_tool(&["clear", "service", "oc-acuity-test-probe"], None);
                return;
            }
            assert!(
                Instant::now() < deadline,
                "gnome-keyring-daemon did not come up within 20s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn secret_tool(&self, args: &[&str], input: Option<&str>) -> std::process::Output {
        let mut child = StdCommand::new("secret-tool")
            .args(args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("secret-tool runs");
        let mut stdin = child.stdin.take().unwrap();
        if let Some(input) = input {
            stdin.write_all(input.as_bytes()).unwrap();
        }
        drop(stdin);
        child.wait_with_output().unwrap()
    }

    /// `secret-tool lookup service SERVICE username ACCOUNT`, as a user would.
    pub fn lookup(&self, service: &str, account: &str) -> Option<String> {
        let out = self.secret_tool(&["lookup", "service", service, "username", account], None);
        out.status
            .success()
            .then(|| String::from_utf8(out.stdout).unwrap())
    }

    /// `secret-tool store`, as a user would.
    pub fn store(&self, service: &str, account: &str, value: &str) {
        let label = format!("--label={service} {account}");
        let out = self.secret_tool(
            &["store", &label, "service", service, "username", account],
            Some(value),
        );
        assert!(
            out.status.success(),
            "secret-tool store failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for PrivateKeyring {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.dbus.kill();
        let _ = self.keyring.wait();
        let _ = self.dbus.wait();
    }
}

/// One request as the recording server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    /// Header names lowercased; values as sent.
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }
}

/// A strict HTTP/1.1 server that records every request and answers each with one fixed
/// response.
pub struct RecordingServer {
    pub port: u16,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl RecordingServer {
    pub fn start(status: u16, content_type: &str, body: &str) -> Self {
        let (content_type, body) = (content_type.to_owned(), body.to_owned());
        Self::with(move |_| (status, content_type.clone(), body.clone()))
    }

    /// A server whose answer depends on the request: `respond` gives (status, content
    /// type, body).
    pub fn with(respond: impl Fn(&Recorded) -> (u16, String, String) + Send + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let Some(request) = read_request(&stream) else {
                    continue;
                };
                let (status, content_type, body) = respond(&request);
                seen.lock().unwrap().push(request);
                let response = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes());
            }
        });
        Self { port, requests }
    }

    /// A server answering `POST /instances` like the platform's documented example.
    pub fn platform() -> Self {
        Self::start(200, "application/json", &created_instance_json())
    }

    /// The API root to pass as `--base-url`.
    pub fn api_root(&self) -> String {
        format!("http://127.0.0.1:{}/elements/api-v2", self.port)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// The single request the test expects.
    pub fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request, got {requests:#?}"
        );
        requests.into_iter().next().unwrap()
    }
}

/// The platform's answer to `POST /instances`, in the older shape (tags as objects,
/// configuration values as strings) to exercise lenient parsing.
pub fn created_instance_json() -> String {
    serde_json::json!({
        "id": 12345,
        "name": "acuity-prod",
        "createdDate": "2026-11-27T10:00:00Z",
        "token": TOKEN,
        "element": {"id": 6156, "key": "acuityscheduling"},
        "elementId": 6156,
        "tags": [{"id": 1, "name": "prod"}],
        "valid": true,
        "disabled": false,
        "configuration": {"event.notification.enabled": "true",
                          "event.notification.callback.url": "https://app.example.com/events",
                          "oauth.api.secret": null},
        "eventsEnabled": true,
        "user": {"id": 77}
    })
    .to_string()
}

fn read_request(stream: &TcpStream) -> Option<Recorded> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = BTreeMap::new();
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Recorded {
        method,
        target,
        headers,
        body,
    })
}

/// Flags for a complete `instance create` against `server`, secrets from files.
pub fn create_args(env: &Sandboxed, server: &RecordingServer) -> Vec<String> {
    let user = env.file("user.secret", &format!("{USER_SECRET}\n"));
    let org = env.file("org.secret", &format!("{ORG_SECRET}\n"));
    let client = env.file("client.secret", &format!("{CLIENT_SECRET}\n"));
    vec![
        "--base-url".into(),
        server.api_root(),
        "--user-secret-file".into(),
        user.display().to_string(),
        "--org-secret-file".into(),
        org.display().to_string(),
        "instance".into(),
        "create".into(),
        "--no-store".into(),
        "--name".into(),
        "acuity-prod".into(),
        "--code".into(),
        CODE.into(),
        "--client-id".into(),
        "client-id-1".into(),
        "--client-secret-file".into(),
        client.display().to_string(),
        "--callback-url".into(),
        "https://app.example.com/oauth/acuity".into(),
    ]
}

/// Output as text, for assertions.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts none of `secrets` appears in `output`.
pub fn assert_no_secret(output: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(
            !output.contains(secret),
            "secret {secret:?} leaked into:\n{output}"
        );
    }
}

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A plain HTTP/1.1 GET over loopback, as a browser would send it, without following
/// redirects: (status, Location header, body).
pub fn http_get(url: &str) -> (u16, Option<String>, String) {
    http_request("GET", url, "", None)
}

/// One HTTP/1.1 request over loopback with a JSON body (when not empty) and an optional
/// extra header: (status, Location header, body).
pub fn http_request(
    method: &str,
    url: &str,
    body: &str,
    extra: Option<(&str, &str)>,
) -> (u16, Option<String>, String) {
    let url = url::Url::parse(url).expect("a URL");
    let host = url.host_str().unwrap().trim_matches(['[', ']']).to_owned();
    let port = url.port_or_known_default().unwrap();
    let mut stream = TcpStream::connect((host.as_str(), port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let target = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    };
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    if let Some((name, value)) = extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    write!(stream, "{head}\r\n{body}").unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    let location = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("location: ")
                .or_else(|| l.strip_prefix("Location: "))
        })
        .map(str::to_owned);
    (status, location, body.to_owned())
}

/// Plays the user at the sandbox consent page: opens `consent_url` and clicks Allow
/// (or Deny); returns where Acuity redirects the browser.
pub fn click_at_consent_page(consent_url: &str, allow: bool) -> String {
    let (status, _, page) = http_get(consent_url);
    assert_eq!(status, 200, "consent page: {page}");
    let consent = url::Url::parse(consent_url).unwrap();
    let value = |name: &str| {
        consent
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    let mut decide = consent.join("decide").unwrap();
    decide
        .query_pairs_mut()
        .append_pair("redirect_uri", &value("redirect_uri"))
        .append_pair("state", &value("state"))
        .append_pair("decision", if allow { "allow" } else { "deny" });
    let (status, location, _) = http_get(decide.as_str());
    assert_eq!(status, 302);
    location.expect("a redirect back")
}

/// The first `http://127.0.0.1:PORT/acuity/oauth2/authorize?...` URL in `text`.
pub fn consent_url_in(text: &str) -> Option<String> {
    let start = text.find("http://127.0.0.1:")?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '\x1b')
        .unwrap_or(rest.len());
    let url = &rest[..end];
    url.contains("/acuity/oauth2/authorize")
        .then(|| url.to_owned())
}

/// `oc-acuity sandbox` on a free port, for runs that use `--base-url` like real ones.
pub struct SandboxServer {
    child: std::process::Child,
    pub api_root: String,
}

impl SandboxServer {
    pub fn start(env: &Sandboxed) -> Self {
        let mut child = env
            .process()
            .args(["sandbox", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        Self {
            child,
            api_root: line.trim().to_owned(),
        }
    }
}

impl Drop for SandboxServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
