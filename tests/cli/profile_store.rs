//! What a profile stores: one writer per profile (parallel creates store one instance and
//! refuse the rest, or with `--if-exists reuse` adopt one), `--replace` to drop a stored
//! token, and a config that cannot be saved after the instance is in hand (a warning; the
//! exit code stays 0, or 5).

use std::io::Read;
use std::process::{Child, Output};

use serde_json::{Value, json};

use crate::support::child::spawn_piped;
use crate::support::env::TestEnv;
use crate::support::faults::create_with_faults;
use crate::support::http::free_port;
use crate::support::keyring::PrivateKeyring;
use crate::support::login::{allow, start_loopback_login};
use crate::support::sandbox_process::SandboxProcess;
use crate::support::{code, json_of, text};

// ---------------------------------------------------------------------------------------
// Bullet 4 / build step 4: a failure after the instance is in hand keeps exit 0 or 5

fn auth_with_an_unwritable_config(env: &TestEnv, server: &SandboxProcess) -> Output {
    let secret = env.file("secret", "s\n");
    let secret = secret.to_str().unwrap();
    let port = free_port();
    let (child, url, mut stderr) = start_loopback_login(
        env,
        port,
        &[
            "--base-url",
            &server.api_root,
            "--user-secret-file",
            secret,
            "--org-secret-file",
            secret,
            "--client-id",
            "cid",
            "--client-secret-file",
            secret,
            "--json",
        ],
        // Not even root can make a folder in /proc.
        |command| {
            command.env("OC_ACUITY_CONFIG_DIR", "/proc/self/oc-acuity");
        },
    );
    allow(&url);
    let mut out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    out.stderr = rest.into_bytes();
    out
}

#[test]
fn auth_whose_config_cannot_be_saved_keeps_exit_0_and_warns() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let server = SandboxProcess::start(&env);
    let out = auth_with_an_unwritable_config(&env, &server);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: the profile's settings could not be saved"),
        "{stderr}"
    );
    let instances = env.sandbox_instances();
    assert_eq!(instances.len(), 1);
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-token")
            .as_ref(),
        instances[0]["token"].as_str().map(str::to_owned).as_ref(),
        "the token is stored"
    );
}

// ---------------------------------------------------------------------------------------
// Bullet 5 / build step 5: one profile, one writer

/// Starts `runs` creates at once in `env`, one per argument list; returns their outputs.
fn in_parallel(env: &TestEnv, runs: Vec<Vec<String>>) -> Vec<Output> {
    let children: Vec<Child> = runs
        .iter()
        .map(|args| spawn_piped(env.process().args(args)))
        .collect();
    children
        .into_iter()
        .map(|child| child.wait_with_output().unwrap())
        .collect()
}

fn parallel_create(name: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "--sandbox",
        "--json",
        "instance",
        "create",
        "--code",
        "c",
        "--no-events",
        "--name",
        name,
    ]
    .map(str::to_owned)
    .to_vec();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn twenty_parallel_creates_on_one_profile_store_one_and_refuse_the_rest() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let runs = (0..20)
        .map(|i| parallel_create(&format!("parallel-{i}"), &[]))
        .collect();
    let outs = in_parallel(&env, runs);
    let (won, lost): (Vec<&Output>, Vec<&Output>) = outs.iter().partition(|o| code(o) == Some(0));
    assert_eq!(
        won.len(),
        1,
        "exactly one run stores: {:?}",
        outs.iter().map(code).collect::<Vec<_>>()
    );
    for out in &lost {
        let stderr = text(&out.stderr);
        assert_eq!(code(out), Some(2), "{stderr}");
        assert!(stderr.contains("holds instance"), "{stderr}");
        assert!(stderr.contains("--replace"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let printed = json_of(won[0]);
    assert_eq!(printed["stored"], "keyring");
    let instances = env.sandbox_instances();
    assert_eq!(
        instances.len(),
        1,
        "the refused runs made nothing: {instances:#?}"
    );
    assert_eq!(printed["id"], instances[0]["id"]);
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .as_deref(),
        instances[0]["token"].as_str(),
        "the keyring holds that instance's token"
    );
    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/instance-id"),
        Some(instances[0]["id"].to_string())
    );
}

#[test]
fn twenty_parallel_creates_of_one_name_with_reuse_make_one_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let runs = (0..20)
        .map(|_| parallel_create("shared", &["--if-exists", "reuse"]))
        .collect();
    let outs = in_parallel(&env, runs);
    for out in &outs {
        assert_eq!(code(out), Some(0), "{}", text(&out.stderr));
    }
    let printed: Vec<Value> = outs.iter().map(json_of).collect();
    let instances = env.sandbox_instances();
    assert_eq!(instances.len(), 1, "{instances:#?}");
    assert!(
        printed.iter().all(|p| p["id"] == instances[0]["id"]),
        "one id: {printed:#?}"
    );
    let created = printed.iter().filter(|p| p["action"] == "created").count();
    let reused = printed.iter().filter(|p| p["action"] == "reused").count();
    assert_eq!((created, reused), (1, 19));
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .as_deref(),
        instances[0]["token"].as_str()
    );
}

#[test]
fn replacing_a_stored_instance_needs_replace_and_prints_the_token_it_replaces() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let first = create_with_faults(&env, "first", &json!([]), &["--no-events"]);
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let first_id = json_of(&first)["id"].clone();
    let first_token = env.sandbox_instances()[0]["token"]
        .as_str()
        .unwrap()
        .to_owned();

    let refused = create_with_faults(&env, "second", &json!([]), &["--no-events"]);
    let stderr = text(&refused.stderr);
    assert_eq!(code(&refused), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("holds instance {first_id}")),
        "{stderr}"
    );
    assert_eq!(env.sandbox_instances().len(), 1, "nothing was created");

    let replaced = create_with_faults(&env, "second", &json!([]), &["--no-events", "--replace"]);
    assert_eq!(code(&replaced), Some(0), "{}", text(&replaced.stderr));
    let printed = json_of(&replaced);
    assert_eq!(
        printed["replaced"],
        json!({"id": first_id, "token": first_token})
    );
    let instances = env.sandbox_instances();
    assert_eq!(instances.len(), 2);
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .as_deref(),
        instances[1]["token"].as_str()
    );
}

/// `--no-store` runs hold no profile: the name's lock alone makes parallel creates of one
/// name take turns (a slow create widens the race they would otherwise lose).
#[test]
fn twenty_parallel_no_store_creates_of_one_name_make_one_instance() {
    let slow_create = json!([{"method": "POST", "path": "/instances", "delay_ms": 200}]);
    for (if_exists, codes) in [("fail", (1, 19)), ("reuse", (20, 0))] {
        let env = TestEnv::new();
        let runs: Vec<Vec<String>> = (0..20)
            .map(|_| parallel_create("same", &["--no-store", "--if-exists", if_exists]))
            .collect();
        let children: Vec<Child> = runs
            .iter()
            .map(|args| {
                spawn_piped(
                    env.process()
                        .args(args)
                        .env("OC_ACUITY_SANDBOX_FAULTS", slow_create.to_string()),
                )
            })
            .collect();
        let outs: Vec<Output> = children
            .into_iter()
            .map(|child| child.wait_with_output().unwrap())
            .collect();
        let succeeded = outs.iter().filter(|o| code(o) == Some(0)).count();
        let refused: Vec<&Output> = outs.iter().filter(|o| code(o) == Some(1)).collect();
        assert_eq!(
            (succeeded, refused.len()),
            codes,
            "--if-exists {if_exists}: {:?}",
            outs.iter().map(code).collect::<Vec<_>>()
        );
        for out in refused {
            assert!(
                text(&out.stderr).contains("already exists"),
                "{}",
                text(&out.stderr)
            );
        }
        let instances = env.sandbox_instances();
        assert_eq!(
            instances.len(),
            1,
            "--if-exists {if_exists}: {instances:#?}"
        );
    }
}
