//! The embedded emulator of every platform and Acuity endpoint this tool calls: same
//! header checks, status codes and error bodies as the real services, on 127.0.0.1 only.
//! `oc-acuity sandbox` serves it on a port; `--sandbox` starts it in-process.

mod acuity;
mod facts;
pub mod faults;
mod platform;
mod state;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use tokio::sync::Mutex;
use url::Url;

pub use state::default_path as default_state_path;

/// The path of the platform API root on the sandbox, as on the real hosts.
pub const API_ROOT_PATH: &str = "/elements/api-v2";

/// Shared by the handlers: where the state lives and the server's own address.
struct Shared {
    state_path: PathBuf,
    base: Url,
    /// Serializes read-modify-write of the state file within this process.
    lock: Mutex<()>,
    /// Delivers webhooks and events, as Acuity and the platform do.
    http: reqwest::Client,
    /// Faults still to inject (see `faults`).
    faults: std::sync::Mutex<Vec<faults::Fault>>,
    /// The state as last read or written, with the identity of the file it came from:
    /// reads parse the file again only when another process replaced it.
    cache: std::sync::Mutex<Option<Cached>>,
}

/// A parsed state file and which version of the file it is.
struct Cached {
    version: state::Version,
    state: Arc<state::State>,
}

/// A running sandbox; dropping it stops the server.
pub struct Sandbox {
    base: Url,
    state_path: PathBuf,
    _server: crate::local::Server,
}

/// What a serving `oc-acuity sandbox` announces next to the state file, so that `--sandbox`
/// runs use it (one Webhook URL for the whole walk-through) and `sandbox stop` can stop it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Serving {
    pub api_root: Url,
    pub acuity_api_root: Url,
    pub pid: u32,
}

/// Where the announcement lives: `sandbox.serving.json` beside the state.
pub fn serving_path(state_path: &std::path::Path) -> PathBuf {
    state_path.with_file_name("sandbox.serving.json")
}

/// The sandbox serving for this state file, if one answers.
pub fn running(state_path: &std::path::Path) -> Option<Serving> {
    let text = std::fs::read(serving_path(state_path)).ok()?;
    let serving: Serving = serde_json::from_slice(&text).ok()?;
    let addr = serving
        .api_root
        .socket_addrs(|| None)
        .ok()?
        .into_iter()
        .next()?;
    std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(300)).ok()?;
    Some(serving)
}

/// Removes the announcement when the serving sandbox ends.
pub struct Announced(PathBuf);

impl Drop for Announced {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl Sandbox {
    /// Serves on `127.0.0.1:port` (0 picks a free port) with state in `state_path`.
    pub async fn start(port: u16, state_path: PathBuf) -> anyhow::Result<Self> {
        let listener = crate::local::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
        let addr = listener.local_addr()?;
        let base = Url::parse(&format!("http://{addr}/"))?;
        let shared = Arc::new(Shared {
            state_path: state_path.clone(),
            base: base.clone(),
            lock: Mutex::new(()),
            cache: std::sync::Mutex::new(None),
            faults: std::sync::Mutex::new(faults::from_env()?),
            http: crate::api::http::client_builder()
                .timeout(std::time::Duration::from_secs(10))
                .build()?,
        });
        let emulated = Router::new()
            .nest(API_ROOT_PATH, platform::routes())
            .nest("/acuity", acuity::routes())
            .layer(axum::middleware::from_fn_with_state(
                shared.clone(),
                faults::inject,
            ));
        let app = emulated
            .route(
                "/sandbox/faults",
                axum::routing::get(list_faults).post(add_faults),
            )
            .route("/sandbox/seed", axum::routing::post(seed))
            .with_state(shared);
        let server = crate::local::serve(listener, app)?;
        Ok(Self {
            base,
            state_path,
            _server: server,
        })
    }

    /// The platform API root, e.g. `http://127.0.0.1:8484/elements/api-v2`.
    pub fn api_root(&self) -> Url {
        self.base.join(&API_ROOT_PATH[1..]).expect("a valid path")
    }

    /// The root of the emulated Acuity site (consent page).
    pub fn acuity_root(&self) -> Url {
        self.base.join("acuity").expect("a valid path")
    }

    /// The emulated Acuity API root (`.../acuity/api/v1`), for `--acuity-base-url`.
    pub fn acuity_api_root(&self) -> Url {
        self.base.join("acuity/api/v1").expect("a valid path")
    }

    /// Tells other runs that this sandbox serves (see [`Serving`]), until the guard drops.
    pub fn announce(&self) -> anyhow::Result<Announced> {
        let serving = Serving {
            api_root: self.api_root(),
            acuity_api_root: self.acuity_api_root(),
            pid: std::process::id(),
        };
        let path = serving_path(&self.state_path);
        crate::fsutil::write_private(&path, &serde_json::to_vec_pretty(&serving)?)?;
        Ok(Announced(path))
    }

    /// Where the state is kept.
    pub fn state_path(&self) -> &std::path::Path {
        &self.state_path
    }
}

/// `GET /sandbox/faults`: the faults still to inject.
async fn list_faults(
    axum::extract::State(shared): axum::extract::State<Arc<Shared>>,
) -> axum::Json<Vec<faults::Fault>> {
    axum::Json(shared.faults.lock().expect("faults lock").clone())
}

/// `POST /sandbox/faults` with a JSON array: adds faults after the ones waiting (none when
/// one cannot be used: 400).
async fn add_faults(
    axum::extract::State(shared): axum::extract::State<Arc<Shared>>,
    axum::Json(new): axum::Json<Vec<faults::Fault>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if let Err(why) = faults::check(&new) {
        let body = serde_json::json!({ "message": format!("the faults: one {why}") });
        return (axum::http::StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
    }
    let mut faults = shared.faults.lock().expect("faults lock");
    faults.extend(new);
    axum::Json(faults.clone()).into_response()
}

/// What `POST /sandbox/seed` takes: how many instances to add, and their names' prefix.
#[derive(Debug, serde::Deserialize)]
struct SeedRequest {
    count: usize,
    #[serde(default = "default_seed_prefix")]
    prefix: String,
}

fn default_seed_prefix() -> String {
    "seed".to_owned()
}

/// The most instances one seed adds.
const MAX_SEED: usize = 1_000_000;

/// `POST /sandbox/seed` with `{"count": N, "prefix": "bench"}`: adds N instances at once
/// (named `<prefix>-<id>`, tagged `<prefix>`), with one read and one write of the state,
/// for benchmarks and large listings. Answers `{"seeded": N, "total": <instances now>}`.
async fn seed(
    axum::extract::State(shared): axum::extract::State<Arc<Shared>>,
    body: axum::body::Bytes,
) -> axum::response::Response {
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    let request: SeedRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => {
            let message = format!("expected {{\"count\": N, \"prefix\": \"text\"}}: {e}");
            return (
                StatusCode::BAD_REQUEST,
                axum::Json(serde_json::json!({"message": message})),
            )
                .into_response();
        }
    };
    if request.count > MAX_SEED {
        let message = format!("count: at most {MAX_SEED} instances per seed");
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(serde_json::json!({"message": message})),
        )
            .into_response();
    }
    let internal = |e: anyhow::Error| format!("{e:#}");
    let done = with_state(&shared, internal, |state| {
        platform::seed(state, request.count, &request.prefix);
        Ok(state.instances.len())
    })
    .await;
    match done {
        Ok(total) => {
            axum::Json(serde_json::json!({"seeded": request.count, "total": total})).into_response()
        }
        Err(message) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(serde_json::json!({"message": message})),
        )
            .into_response(),
    }
}

/// The current state, for reading: parsed again only when the file changed since it was
/// last read or written here (another process replaced it, e.g. a `--sandbox` run or
/// `sandbox reset`). Takes no lock: every writer replaces the file atomically, so a read
/// sees one whole version.
fn current(shared: &Shared) -> anyhow::Result<Arc<state::State>> {
    let mut cache = shared.cache.lock().expect("state cache lock");
    let (version, file) = state::Version::open(&shared.state_path)?;
    if let Some(cached) = cache.as_ref().filter(|c| c.version == version) {
        return Ok(cached.state.clone());
    }
    let state = Arc::new(state::State::read(file, &shared.state_path)?);
    *cache = Some(Cached {
        version,
        state: state.clone(),
    });
    Ok(state)
}

/// The current state, to change: taken out of the cache (not copied) when it is current.
fn take_current(shared: &Shared) -> anyhow::Result<state::State> {
    let mut cache = shared.cache.lock().expect("state cache lock");
    let (version, file) = state::Version::open(&shared.state_path)?;
    match cache.take() {
        Some(cached) if cached.version == version => Ok(Arc::unwrap_or_clone(cached.state)),
        _ => state::State::read(file, &shared.state_path),
    }
}

/// Reads the state (see [`current`]): nothing is written.
fn read_state<T, E>(
    shared: &Shared,
    internal: impl Fn(anyhow::Error) -> E,
    read: impl FnOnce(&state::State) -> Result<T, E>,
) -> Result<T, E> {
    let state = current(shared).map_err(internal)?;
    read(&state)
}

/// Loads the state, applies `change`, saves it. Serialized within this process by a
/// mutex and across processes (`--sandbox` runs beside `oc-acuity sandbox`) by an
/// advisory lock on a file next to the state.
async fn with_state<T, E>(
    shared: &Shared,
    internal: impl Fn(anyhow::Error) -> E,
    change: impl FnOnce(&mut state::State) -> Result<T, E>,
) -> Result<T, E> {
    let _guard = shared.lock.lock().await;
    let _file_lock = crate::fsutil::lock(
        &shared.state_path.with_extension("lock"),
        std::time::Duration::from_secs(10),
    )
    .await
    .map_err(&internal)?;
    let mut state = take_current(shared).map_err(&internal)?;
    let result = change(&mut state)?;
    state.save(&shared.state_path).map_err(&internal)?;
    // What was just written is the cache (no reparse on the next read).
    let version = state::Version::open(&shared.state_path)
        .map_err(&internal)?
        .0;
    *shared.cache.lock().expect("state cache lock") = Some(Cached {
        version,
        state: Arc::new(state),
    });
    Ok(result)
}

/// The newest instance in the user's sandbox state, if any: what `--sandbox` commands act
/// on when no keyring kept the id of the one they made.
pub fn newest_instance() -> Option<u64> {
    let state = state::State::load(&default_state_path().ok()?).ok()?;
    state.instances.iter().map(|i| i.id).max()
}

/// Empties the state at `state_path`, under the same lock as every change, so that a
/// running sandbox sees an empty state on its next request.
pub async fn reset(state_path: &std::path::Path) -> anyhow::Result<()> {
    let _file_lock = crate::fsutil::lock(
        &state_path.with_extension("lock"),
        std::time::Duration::from_secs(10),
    )
    .await?;
    state::State::default().save(state_path)
}

/// 16 random bytes as hex: request ids, tokens, grant codes.
fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("the OS random source is available");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}
