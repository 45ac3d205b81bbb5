//! Provisioning through the library API, the same code the binary runs: start the
//! built-in sandbox, build the documented `POST /instances` request, create the instance,
//! and print its id and Webhook URL. Stores nothing.
//!
//! Run it: `cargo run --example provision`

use oc_acuity::api::http::ClientOptions;
use oc_acuity::api::platform::{Client, Events, InstanceRequest, OAuthClient, PlatformAuth};
use oc_acuity::sandbox::Sandbox;
use secrecy::SecretString;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // State in a temporary folder: the example leaves nothing behind.
    let state = std::env::temp_dir().join(format!("oc-acuity-example-{}.json", std::process::id()));
    let sandbox = Sandbox::start(0, state.clone()).await?;

    let auth = PlatformAuth {
        user: SecretString::from("example-user-secret"),
        organization: SecretString::from("example-organization-secret"),
    };
    let client = Client::new(sandbox.api_root(), &auth, ClientOptions::default())?;
    let request = InstanceRequest::acuity(
        "example".to_owned(),
        SecretString::from("example-grant-code"),
        OAuthClient {
            client_id: "example-client-id".to_owned(),
            client_secret: SecretString::from("example-client-secret"),
            callback_url: "https://app.example.com/oauth/acuity".to_owned(),
        },
        Events::On {
            callback_url: "https://app.example.com/acuity-events".to_owned(),
            signature_key: None,
        },
        vec!["example".to_owned()],
    );
    let instance = client.create_instance(&request).await?;
    println!("created instance {} ({})", instance.id, instance.name);
    println!("webhook URL: {}", client.webhook_url(instance.id));
    std::fs::remove_file(state)?;
    Ok(())
}
