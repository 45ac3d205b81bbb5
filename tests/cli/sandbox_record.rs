//! The sandbox follows the platform's own description of its Instances API: `GET
//! /instances` with exactly the query parameters it lists, the instance's event log,
//! `oauth.api.key` masked, Acuity's `action=changed`, `elementKey` in deliveries, the
//! client's OAuth `state`.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::sandbox::{
    AUTH, assert_error_shape, instance_body, no_redirects, start, url, with_query,
};
use crate::support::library::Sandbox;
use crate::support::recording::RecordingServer;

/// Creates an instance named `name` with `tags` through the sandbox's `POST /instances`,
/// its events delivered to `callback` (none: events off); answers the created record.
async fn create_instance(
    http: &reqwest::Client,
    sandbox: &Sandbox,
    name: &str,
    tags: &[&str],
    callback: Option<&str>,
) -> Value {
    let mut body = instance_body();
    body["name"] = json!(name);
    body["tags"] = json!(tags);
    match callback {
        Some(url) => body["configuration"]["event.notification.callback.url"] = json!(url),
        None => body["configuration"]["event.notification.enabled"] = json!(false),
    }
    let answer = http
        .post(url(sandbox, "/instances"))
        .header("Authorization", AUTH)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    answer.json().await.unwrap()
}

/// `GET /instances` with `query`: the status, and the records when it is 200.
async fn list_instances(
    http: &reqwest::Client,
    sandbox: &Sandbox,
    query: &[(&str, &str)],
) -> (StatusCode, Value) {
    let answer = http
        .get(with_query(&url(sandbox, "/instances"), query))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    (answer.status(), answer.json().await.unwrap())
}

fn names(records: &Value) -> Vec<&str> {
    records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect()
}

/// `GET /instances` takes `searchText` (the name or the element key, any case), `tags[]`
/// (every tag given) and `hydrate` (configuration and tags only when true), as the
/// platform's description lists them.
#[tokio::test]
async fn instance_listing_takes_search_text_tags_and_hydrate() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    create_instance(&http, &sandbox, "Alpha Shop", &["a", "b"], None).await;
    create_instance(&http, &sandbox, "beta", &["a"], None).await;
    create_instance(&http, &sandbox, "gamma", &[], None).await;

    // (query, names answered)
    type Row<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
    let table: [Row; 7] = [
        (&[], &["Alpha Shop", "beta", "gamma"]),
        (&[("searchText", "ALPHA")], &["Alpha Shop"]),
        (&[("searchText", "ta")], &["beta"]),
        (
            &[("searchText", "Acuity")],
            &["Alpha Shop", "beta", "gamma"],
        ),
        (&[("searchText", "delta")], &[]),
        (&[("tags[]", "a")], &["Alpha Shop", "beta"]),
        (&[("tags[]", "a"), ("tags[]", "b")], &["Alpha Shop"]),
    ];
    for (query, expected) in table {
        let (status, records) = list_instances(&http, &sandbox, query).await;
        assert_eq!(status, StatusCode::OK, "{query:?}: {records}");
        assert_eq!(names(&records), expected, "{query:?}");
    }

    for hydrate in [None, Some("false")] {
        let query: Vec<(&str, &str)> = hydrate.map(|h| ("hydrate", h)).into_iter().collect();
        let (_, records) = list_instances(&http, &sandbox, &query).await;
        for record in records.as_array().unwrap() {
            for absent in ["configuration", "tags", "eventsEnabled"] {
                assert!(record.get(absent).is_none(), "{hydrate:?}: {record}");
            }
            assert!(record["id"].as_u64().is_some(), "{record}");
        }
    }
    let (_, hydrated) = list_instances(
        &http,
        &sandbox,
        &[("searchText", "alpha"), ("hydrate", "true")],
    )
    .await;
    assert_eq!(hydrated[0]["tags"], json!(["a", "b"]), "{hydrated}");
    assert_eq!(
        hydrated[0]["configuration"]["event.notification.enabled"], false,
        "{hydrated}"
    );
}

/// `GET /instances` pages at most 200 records (its default), follows `nextPage` within a
/// search, and answers 400 to a larger page or a parameter its description does not list.
#[tokio::test]
async fn instance_listing_pages_at_most_200_and_refuses_other_parameters() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let seed = sandbox.api_root().join("/sandbox/seed").unwrap();
    for (count, prefix) in [(450, "bench"), (10, "other")] {
        let seeded = http
            .post(seed.clone())
            .json(&json!({"count": count, "prefix": prefix}))
            .send()
            .await
            .unwrap();
        assert_eq!(seeded.status(), StatusCode::OK);
    }
    let mut pages = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let mut query = vec![("searchText", "bench")];
        if let Some(token) = &next {
            query.push(("nextPage", token));
        }
        let answer = http
            .get(with_query(&url(&sandbox, "/instances"), &query))
            .header("Authorization", AUTH)
            .send()
            .await
            .unwrap();
        next = answer
            .headers()
            .get("elements-next-page-token")
            .map(|v| v.to_str().unwrap().to_owned());
        pages.push(answer.json::<Vec<Value>>().await.unwrap().len());
        if next.is_none() {
            break;
        }
    }
    assert_eq!(pages, [200, 200, 50], "450 bench instances, 200 a page");

    for query in [
        &[("pageSize", "201")][..],
        &[("pageSize", "0")],
        &[("pageSize", "many")],
        &[("hydrate", "maybe")],
        &[("name", "bench-10001")],
        &[("tags", "bench")],
        &[("nextPage", "not-a-token")],
    ] {
        let (status, body) = list_instances(&http, &sandbox, query).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query:?}: {body}");
        assert_error_shape(&body);
    }
    let (status, records) = list_instances(&http, &sandbox, &[("pageSize", "200")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(records.as_array().unwrap().len(), 200);
}

/// The platform's receiving URL of an instance's Acuity webhooks on the sandbox.
fn receiving_url(sandbox: &Sandbox, id: u64) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(id.to_string());
    url(sandbox, &format!("/events/acuityscheduling/{encoded}"))
}

/// Acuity calls the instance's Webhook URL with `action` (form-encoded, as Acuity does).
async fn acuity_calls(http: &reqwest::Client, sandbox: &Sandbox, id: u64, action: &str) -> Value {
    let answer = http
        .post(receiving_url(sandbox, id))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!(
            "action={action}&id=7001&calendarID=1&appointmentTypeID=1"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    answer.json().await.unwrap()
}

/// `GET /instances/{id}/events`: status and body.
async fn instance_events(
    http: &reqwest::Client,
    sandbox: &Sandbox,
    id: u64,
    query: &[(&str, &str)],
) -> (StatusCode, Value) {
    let answer = http
        .get(with_query(
            &url(sandbox, &format!("/instances/{id}/events")),
            query,
        ))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    (answer.status(), answer.json().await.unwrap())
}

/// `GET /instances/{id}/events` lists what the platform received for the instance, newest
/// first, as Event records, each with what became of it: delivered (the callback took
/// it), failed (it did not), received (events off).
#[tokio::test]
async fn instance_events_are_what_the_platform_received_newest_first() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let taking = RecordingServer::start(200, "application/json", "{}");
    let refusing = RecordingServer::start(500, "application/json", "{}");
    let delivered = create_instance(
        &http,
        &sandbox,
        "taking",
        &[],
        Some(&format!("http://127.0.0.1:{}/hook", taking.port)),
    )
    .await["id"]
        .as_u64()
        .unwrap();
    let failed = create_instance(
        &http,
        &sandbox,
        "refusing",
        &[],
        Some(&format!("http://127.0.0.1:{}/hook", refusing.port)),
    )
    .await["id"]
        .as_u64()
        .unwrap();
    let off = create_instance(&http, &sandbox, "off", &[], None).await["id"]
        .as_u64()
        .unwrap();

    let (status, none) = instance_events(&http, &sandbox, delivered, &[]).await;
    assert_eq!((status, none), (StatusCode::OK, json!([])));
    acuity_calls(&http, &sandbox, delivered, "scheduled").await;
    acuity_calls(&http, &sandbox, delivered, "canceled").await;
    acuity_calls(&http, &sandbox, failed, "scheduled").await;
    acuity_calls(&http, &sandbox, off, "rescheduled").await;

    let (status, events) = instance_events(&http, &sandbox, delivered, &[]).await;
    assert_eq!(status, StatusCode::OK, "{events}");
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 2, "{events:?}");
    let what: Vec<(&str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["notifiedData"][0]["eventType"].as_str().unwrap(),
                e["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(what, [("DELETED", "delivered"), ("CREATED", "delivered")]);
    let newest = &events[0];
    assert!(
        newest["id"].as_u64() > events[1]["id"].as_u64(),
        "{events:?}"
    );
    assert!(newest["eventDate"].as_str().unwrap().ends_with('Z'));
    assert_eq!(newest["providerData"]["action"], "canceled");
    assert_eq!(
        newest["notifiedData"],
        json!([{"eventType": "DELETED", "objectType": "appointment", "objectId": "7001",
                "elementKey": "acuityscheduling"}])
    );
    let instance = &newest["eventElementInstances"][0];
    assert_eq!(instance["elementInstanceId"], delivered);
    assert_eq!(instance["eventId"], newest["id"]);
    let sent = taking.requests();
    assert_eq!(
        Some(instance["notificationId"].as_str().unwrap()),
        sent[1].header("Elements-Webhook-Id"),
        "the notification is the delivery the callback got"
    );

    for (id, status) in [(failed, "failed"), (off, "received")] {
        let (_, events) = instance_events(&http, &sandbox, id, &[]).await;
        assert_eq!(events.as_array().unwrap().len(), 1, "{events}");
        assert_eq!(events[0]["status"], status, "{events}");
    }
    let (status, body) = instance_events(&http, &sandbox, 99_999, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error_shape(&body);
    let (status, body) = instance_events(&http, &sandbox, delivered, &[("pageSize", "5")]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "no query parameter listed");
    assert_error_shape(&body);
}

/// Each event delivered to the callback URL names its connector (`elementKey`), as the
/// platform's events overview shows.
#[tokio::test]
async fn event_deliveries_carry_the_element_key() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let callback = RecordingServer::start(200, "application/json", "{}");
    let id = create_instance(
        &http,
        &sandbox,
        "n",
        &[],
        Some(&format!("http://127.0.0.1:{}/hook", callback.port)),
    )
    .await["id"]
        .as_u64()
        .unwrap();
    let answer = acuity_calls(&http, &sandbox, id, "scheduled").await;
    assert_eq!(answer["delivered"], true, "{answer}");
    let delivery = callback.only_request().json();
    assert_eq!(
        delivery["message"]["events"],
        json!([{"eventType": "CREATED", "objectType": "appointment", "objectId": "7001",
                "elementKey": "acuityscheduling"}]),
        "{delivery}"
    );
}

/// The platform answers `oauth.api.key` as `********`, like the secret: on create, read,
/// listing and reauthorization.
#[tokio::test]
async fn answers_mask_the_oauth_api_key() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let created = create_instance(&http, &sandbox, "masked", &[], None).await;
    let id = created["id"].as_u64().unwrap();
    let read: Value = http
        .get(url(&sandbox, &format!("/instances/{id}")))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (_, listed) = list_instances(&http, &sandbox, &[("hydrate", "true")]).await;
    let reauthorized: Value = http
        .put(url(&sandbox, &format!("/instances/{id}")))
        .header("Authorization", AUTH)
        .json(&instance_body())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for record in [&created, &read, &listed[0], &reauthorized] {
        let configuration = &record["configuration"];
        assert_eq!(configuration["oauth.api.key"], "********", "{record}");
        assert_eq!(configuration["oauth.api.secret"], "********", "{record}");
    }
}

/// Acuity calls an `appointment.changed` webhook with `action=changed` whatever changed
/// (Acuity documents it); a webhook of the event itself gets the event's action.
#[tokio::test]
async fn appointment_changed_webhooks_are_called_with_action_changed() {
    use base64::Engine;
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let target = RecordingServer::start(200, "application/json", "{}");
    let basic = base64::engine::general_purpose::STANDARD.encode("123:acuity-key");
    for event in ["appointment.changed", "appointment.rescheduled"] {
        let registered = http
            .post(format!("{}/webhooks", sandbox.acuity_api_root()))
            .header("Authorization", format!("Basic {basic}"))
            .json(&json!({"event": event, "target": format!("http://127.0.0.1:{}/{event}", target.port)}))
            .send()
            .await
            .unwrap();
        assert_eq!(registered.status(), StatusCode::OK);
    }
    let booked = http
        .post(with_query(
            sandbox
                .acuity_root()
                .join("acuity/sandbox/book")
                .unwrap()
                .as_str(),
            &[("action", "rescheduled")],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(booked.status(), StatusCode::OK);
    let mut calls: Vec<(String, String)> = target
        .requests()
        .iter()
        .map(|r| {
            let action = url::form_urlencoded::parse(&r.body)
                .find(|(k, _)| k == "action")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            (r.target.clone(), action)
        })
        .collect();
    calls.sort();
    assert_eq!(
        calls,
        [
            ("/appointment.changed".to_owned(), "changed".to_owned()),
            (
                "/appointment.rescheduled".to_owned(),
                "rescheduled".to_owned()
            ),
        ]
    );
}

/// `oauth/url` takes the client's own `state` and puts it in the consent URL it answers.
#[tokio::test]
async fn oauth_url_takes_the_clients_state() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let answer: Value = http
        .get(with_query(
            &url(&sandbox, "/elements/acuityscheduling/oauth/url"),
            &[
                ("apiKey", "client-1"),
                ("apiSecret", "s"),
                ("callbackUrl", "http://127.0.0.1:9/callback"),
                ("state", "client-state-42"),
            ],
        ))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let consent = url::Url::parse(answer["oauthUrl"].as_str().unwrap()).unwrap();
    let states: Vec<String> = consent
        .query_pairs()
        .filter(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .collect();
    assert_eq!(states, ["client-state-42"], "{consent}");
}
