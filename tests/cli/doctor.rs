//! `doctor` on a healthy sandbox setup and on each broken one: only the broken step fails,
//! and its fix is named; whether the platform has received events from Acuity.

use serde_json::Value;

use crate::support::bed::Bed;
use crate::support::events::Listener;
use crate::support::http::free_port;
use crate::support::secrets::{SIGNATURE_KEY, assert_no_secret};
use crate::support::text;

impl Bed {
    /// `doctor` with `extra` flags, `--json`: its exit code and document.
    fn doctor(&self, extra: &[&str]) -> (Option<i32>, Value) {
        let out = self
            .cmd()
            .args(["--json", "doctor"])
            .args(extra)
            .output()
            .unwrap();
        let diagnosis = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "doctor printed no JSON ({e}): {} / {}",
                text(&out.stdout),
                text(&out.stderr)
            )
        });
        (out.status.code(), diagnosis)
    }
}

/// The `(step, outcome)` pairs of a diagnosis, in order.
fn outcomes(diagnosis: &Value) -> Vec<(String, String)> {
    diagnosis["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_owned(),
                s["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn expect(steps: [(&str, &str); 7]) -> Vec<(String, String)> {
    steps
        .iter()
        .map(|(s, o)| ((*s).to_owned(), (*o).to_owned()))
        .collect()
}

const ALL_PASS: [(&str, &str); 7] = [
    ("platform", "pass"),
    ("instance", "pass"),
    ("events", "pass"),
    ("webhooks", "pass"),
    ("stale", "pass"),
    ("received", "pass"),
    ("callback", "pass"),
];

/// The steps of `diagnosis` named `name`.
fn step<'d>(diagnosis: &'d Value, name: &str) -> &'d Value {
    diagnosis["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == name)
        .unwrap_or_else(|| panic!("no step {name}: {diagnosis}"))
}

/// Asserts only `failed` fails (the others as in `steps`), and that its fix names `fix`.
fn assert_fails(
    (code, diagnosis): &(Option<i32>, Value),
    steps: [(&str, &str); 7],
    failed: &str,
    fix: &str,
) {
    assert_eq!(outcomes(diagnosis), expect(steps), "{diagnosis:#}");
    assert_eq!(*code, Some(1), "exit 1 when a step fails");
    assert_eq!(diagnosis["healthy"], false);
    let failing = step(diagnosis, failed);
    let named = failing["fix"].as_str().unwrap_or_default();
    assert!(named.contains(fix), "the fix of {failed}: {failing:#}");
}

/// A sandbox, a listener (checking `listener_key` when given) and an instance whose
/// events go to the listener (signed with `instance_key`), its webhooks registered when
/// `register`, and then an appointment booked (its event delivered to the listener).
struct Healthy {
    bed: Bed,
    listener: Listener,
    id: u64,
}

impl Healthy {
    fn new(key: Option<&str>, register: bool) -> Self {
        let bed = Bed::new();
        let key_file = key.map(|k| bed.env.file("signature.key", &format!("{k}\n")));
        let key_flags: Vec<&str> = match &key_file {
            Some(path) => vec!["--signature-key-file", path.to_str().unwrap()],
            None => Vec::new(),
        };
        let listener = Listener::start(&bed.env, &key_flags);
        let mut create = vec!["--event-callback-url", listener.url.as_str()];
        create.extend_from_slice(&key_flags);
        let id = bed.create(&create);
        if register {
            bed.register(id);
            bed.book();
            let delivered = listener.next_line();
            assert!(delivered.contains("appointment"), "{delivered}");
        }
        Self { bed, listener, id }
    }

    fn id(&self) -> String {
        self.id.to_string()
    }
}

#[test]
fn doctor_passes_on_a_healthy_sandbox_setup() {
    let setup = Healthy::new(Some(SIGNATURE_KEY), true);
    let bed = &setup.bed;
    let key = bed.env.path("signature.key");
    let (code, diagnosis) = bed.doctor(&[
        &setup.id(),
        "--send-test",
        "--signature-key-file",
        key.to_str().unwrap(),
    ]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
    assert_eq!(diagnosis["healthy"], true);
    assert_eq!(diagnosis["instanceId"], setup.id);
    assert_eq!(diagnosis["webhookUrl"], bed.webhook_url(setup.id).as_str());
    assert!(
        diagnosis["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s.get("fix").is_none()),
        "{diagnosis:#}"
    );
    // The signed sample event reached the listener, and it checked the signature.
    let line = setup.listener.next_line();
    assert!(
        line.contains("test doctor") && line.contains("signature verified"),
        "{line}"
    );

    let human = bed.run(&["doctor", &setup.id()]);
    assert_eq!(human.status.code(), Some(0), "{}", text(&human.stderr));
    let stdout = text(&human.stdout);
    let marks: Vec<&str> = stdout.lines().map(|l| &l[..4]).collect();
    assert_eq!(marks, ["ok  "; 7], "{stdout}");
    assert!(!stdout.contains("fix:"), "{stdout}");
}

#[test]
fn doctor_names_events_off_and_its_fix() {
    let bed = Bed::new();
    let listener = Listener::start(&bed.env, &[]);
    let id = bed.create(&["--no-events"]);
    bed.register(id);
    bed.book();
    let diagnosis = bed.doctor(&[&id.to_string()]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "fail"),
            ("webhooks", "pass"),
            ("stale", "pass"),
            ("received", "pass"),
            ("callback", "skip"),
        ],
        "events",
        &format!("oc-acuity instance events enable {id} --event-callback-url"),
    );
    let human = bed.run(&["doctor", &id.to_string()]);
    assert_eq!(human.status.code(), Some(1));
    let stdout = text(&human.stdout);
    assert!(stdout.contains("FAIL  events"), "{stdout}");
    assert!(
        stdout.contains("fix: `oc-acuity instance events enable"),
        "{stdout}"
    );

    // The fix it names mends it.
    bed.json(&[
        "instance",
        "events",
        "enable",
        &id.to_string(),
        "--event-callback-url",
        &listener.url,
    ]);
    let (code, diagnosis) = bed.doctor(&[&id.to_string()]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_names_missing_webhooks_and_its_fix() {
    let setup = Healthy::new(None, false);
    let bed = &setup.bed;
    let diagnosis = bed.doctor(&[&setup.id()]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "fail"),
            ("stale", "pass"),
            ("received", "fail"),
            ("callback", "pass"),
        ],
        "webhooks",
        &format!("oc-acuity webhook register {}", setup.id),
    );
    let detail = step(&diagnosis.1, "webhooks")["detail"].as_str().unwrap();
    assert!(
        detail.contains("appointment.scheduled") && detail.contains(&bed.webhook_url(setup.id)),
        "{detail}"
    );

    let received = step(&diagnosis.1, "received");
    assert_eq!(
        received["fix"],
        format!(
            "`oc-acuity webhook register {}`, then book (or change) an appointment at Acuity",
            setup.id
        ),
        "the webhooks first: {received:#}"
    );

    bed.register(setup.id);
    bed.book();
    let (code, diagnosis) = bed.doctor(&[&setup.id()]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_names_a_stale_webhook_and_its_fix() {
    let setup = Healthy::new(None, true);
    let bed = &setup.bed;
    let gone = bed.create(&["--no-events"]);
    bed.register(gone);
    // Deleted where the Acuity credentials were not at hand: its webhooks stay behind.
    let out = bed
        .cmd()
        .env_remove("OC_ACUITY_ACUITY_USER_ID")
        .args(["instance", "delete", "--yes", &gone.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    let diagnosis = bed.doctor(&[&setup.id()]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "pass"),
            ("stale", "fail"),
            ("received", "pass"),
            ("callback", "pass"),
        ],
        "stale",
        "oc-acuity webhook remove --stale",
    );

    bed.json(&["webhook", "remove", "--stale"]);
    let (code, diagnosis) = bed.doctor(&[&setup.id()]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_names_a_wrong_key_and_its_fix() {
    // The listener checks key A; the sample event is signed with key B.
    let setup = Healthy::new(Some("key-a-listener"), true);
    let bed = &setup.bed;
    let other = bed.env.file("other.key", "key-b-doctor\n");
    let diagnosis = bed.doctor(&[
        &setup.id(),
        "--send-test",
        "--signature-key-file",
        other.to_str().unwrap(),
    ]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "pass"),
            ("stale", "pass"),
            ("received", "pass"),
            ("callback", "fail"),
        ],
        "callback",
        &format!(
            "oc-acuity instance update {} --signature-key-file",
            setup.id
        ),
    );
    let detail = step(&diagnosis.1, "callback")["detail"].as_str().unwrap();
    assert!(detail.contains("401") && detail.contains("key"), "{detail}");

    // The listener said what a rejected delivery leads to.
    let warning = setup
        .listener
        .stderr_line_with("wrong Elements-Webhook-Signature");
    assert!(
        warning.contains("9 times over about 73 hours") && warning.contains("deactivates"),
        "{warning}"
    );
    assert_no_secret(&warning, &["key-a-listener", "key-b-doctor"]);
}

#[test]
fn doctor_names_an_unreachable_callback_and_its_fix() {
    let bed = Bed::new();
    let closed = format!("http://127.0.0.1:{}/", free_port());
    let id = bed.create(&["--event-callback-url", &closed]);
    bed.register(id);
    bed.book();
    let diagnosis = bed.doctor(&[&id.to_string(), "--send-test"]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "pass"),
            ("stale", "pass"),
            ("received", "pass"),
            ("callback", "fail"),
        ],
        "callback",
        &format!("oc-acuity instance update {id} --event-callback-url"),
    );
    let detail = step(&diagnosis.1, "callback")["detail"].as_str().unwrap();
    // Which failure it is, as for the platform's calls.
    assert!(
        detail.contains("cannot be reached: connection refused"),
        "{detail}"
    );
    // Without --send-test, asking whether it answers finds the same.
    let (code, asked) = bed.doctor(&[&id.to_string()]);
    assert_eq!(code, Some(1));
    let callback = step(&asked, "callback");
    assert_eq!(callback["outcome"], "fail", "{asked:#}");
    let said = callback["detail"].as_str().unwrap();
    assert!(
        said.contains("cannot be reached: connection refused"),
        "{said}"
    );
    assert_eq!(callback["fix"], step(&diagnosis.1, "callback")["fix"]);

    // The fix it names mends it.
    let listener = Listener::start(&bed.env, &[]);
    bed.json(&[
        "instance",
        "update",
        &id.to_string(),
        "--event-callback-url",
        &listener.url,
    ]);
    let (code, diagnosis) = bed.doctor(&[&id.to_string(), "--send-test"]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_reads_a_secret_from_stdin_once_for_all_its_steps() {
    let bed = Bed::new();
    let id = bed.create(&["--no-events"]).to_string();
    // Several steps call the platform; stdin can be read only once.
    let out = bed
        .cmd()
        .args(["--json", "--user-secret-file", "-", "doctor", &id])
        .write_stdin("u\n")
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let outcome = |step: &str| {
        report["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["step"] == step)
            .unwrap()["outcome"]
            .clone()
    };
    assert_eq!(outcome("platform"), "pass", "{report}");
    assert_eq!(outcome("stale"), "pass", "{report}");
}

/// Under `--sandbox`, doctor's fixes carry `--sandbox` and run as printed: the one for
/// the missing webhooks registers them, and doctor then passes that step.
#[test]
fn a_sandbox_doctors_fix_runs_as_printed() {
    let env = crate::support::env::TestEnv::new();
    // A serving sandbox: every --sandbox run below shares it (and its Webhook URL).
    let _sandbox = crate::support::sandbox_process::SandboxProcess::start(&env);
    let created = crate::support::args::sandbox_create(&env, &[]);
    let id = created["id"].to_string();
    let doctor = || {
        env.cmd()
            .args(["--sandbox", "doctor", &id])
            .output()
            .unwrap()
    };
    let before = text(&doctor().stdout);
    let fix = before
        .lines()
        .skip_while(|l| !l.contains("webhooks"))
        .find_map(|l| l.split("fix: `").nth(1))
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_else(|| panic!("no fix for the webhooks step: {before}"));
    assert_eq!(
        fix,
        format!("oc-acuity --sandbox webhook register {id}"),
        "{before}"
    );
    let words: Vec<&str> = fix.split_whitespace().collect();
    let ran = env.cmd().args(&words[1..]).output().unwrap();
    assert_eq!(ran.status.code(), Some(0), "{fix}: {}", text(&ran.stderr));
    let after = text(&doctor().stdout);
    assert!(
        after
            .lines()
            .any(|l| l.starts_with("ok") && l.contains("webhooks")),
        "{after}"
    );
}

/// Webhooks registered but Acuity has never called: the "received" step fails with the
/// fix (under `--sandbox`: `oc-acuity sandbox book`, as printed, without `--sandbox`);
/// once Acuity called, it says when the last event came and what it was.
#[test]
fn doctor_says_whether_the_platform_has_received_events() {
    let env = crate::support::env::TestEnv::new();
    let _sandbox = crate::support::sandbox_process::SandboxProcess::start(&env);
    let id = crate::support::args::sandbox_create(&env, &[])["id"].to_string();
    let registered = env
        .cmd()
        .args(["--sandbox", "webhook", "register", &id])
        .output()
        .unwrap();
    assert!(registered.status.success(), "{}", text(&registered.stderr));
    let received = || {
        let out = env
            .cmd()
            .args(["--sandbox", "--json", "doctor", &id])
            .output()
            .unwrap();
        let diagnosis: Value = serde_json::from_slice(&out.stdout).unwrap();
        step(&diagnosis, "received").clone()
    };

    let none = received();
    assert_eq!(none["outcome"], "fail", "{none:#}");
    assert_eq!(
        none["detail"],
        format!("the platform has received no event from Acuity for instance {id}")
    );
    let fix = none["fix"].as_str().unwrap();
    assert_eq!(
        fix,
        format!("book one: `oc-acuity sandbox book`, then `oc-acuity --sandbox events log {id}`")
    );
    let command = fix.split('`').nth(1).unwrap();
    let words: Vec<&str> = command.split_whitespace().collect();
    let ran = env.cmd().args(&words[1..]).output().unwrap();
    assert_eq!(
        ran.status.code(),
        Some(0),
        "{command}: {}",
        text(&ran.stderr)
    );

    let some = received();
    assert_eq!(some["outcome"], "pass", "{some:#}");
    let detail = some["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("1 event(s) from Acuity; the last at 20")
            && detail.ends_with(": CREATED appointment 1001, received"),
        "{detail}"
    );
}

/// A bad value given for the Acuity access (flag or environment) is bad input: exit 2
/// naming it, before any request; a missing one stays a finding of its step.
#[test]
fn doctor_refuses_a_bad_acuity_value_before_sending() {
    use crate::support::env::TestEnv;
    use crate::support::recording::{RecordingServer, platform_flags};
    /// Flags, environment, what the error names.
    type Row<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let rows: [Row; 3] = [
        (&["--acuity-user-id", "abc"], &[], "--acuity-user-id"),
        (
            &["--acuity-base-url", "ftp://acuity.example/api"],
            &[],
            "--acuity-base-url",
        ),
        (
            &[],
            &[("OC_ACUITY_ACUITY_USER_ID", "-5")],
            "OC_ACUITY_ACUITY_USER_ID",
        ),
    ];
    for (flags, vars, named) in rows {
        let env = TestEnv::new();
        let server = RecordingServer::platform();
        let out = env
            .cmd()
            .args(platform_flags(&env, &server))
            .args(["doctor", "5"])
            .args(flags)
            .env("OC_ACUITY_ACUITY_API_KEY", "acuity-key")
            .envs(vars.iter().copied())
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flags:?} {vars:?}: {stderr}");
        assert!(stderr.contains(named), "{stderr}");
        assert!(
            server.requests().is_empty(),
            "{flags:?}: {:?}",
            server.requests()
        );
    }
}
