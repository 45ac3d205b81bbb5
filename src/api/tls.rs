//! The certificates an https connection trusts, read lazily and once.
//!
//! Most runs need no trust store at all (the sandbox and every test server speak plain
//! http), and reading one is most of what a short command costs: the OS store is a bundle
//! of about 150 certificates, and reqwest's default verifier read that bundle and then the
//! directory holding the same certificates one file each, before any request. So every
//! client is built with [`LazyVerifier`], which reads the store the first time a server's
//! certificate has to be checked. Checking there rather than choosing by the URLs a client
//! will use covers every client alike (the platform, Acuity, the events forwarder, the
//! sandbox's deliveries), whatever URL each one is later given.
//!
//! What is read, on Linux and the BSDs: the first OS bundle file that exists (one file, the
//! paths distributions use), or, where there is none (a `FROM scratch` container), the
//! Mozilla roots bundled in the binary (`webpki-roots`); plus `SSL_CERT_FILE` and the files
//! of each `SSL_CERT_DIR` folder, which add to that set. On macOS and Windows the OS
//! verifier decides, with the same two variables adding to it. `-v` prints which set was
//! used, in one line.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use crate::term::output;

/// The OS bundle files, in the order they are tried (openssl-probe's list: Debian and
/// Ubuntu, RHEL and CentOS, Fedora, openSUSE, OpenELEC, Alpine, Entware, OpenHarmony, the
/// BSDs). Only the first one that holds a certificate is read.
pub const OS_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/pki/tls/cacert.pem",
    "/etc/ssl/cert.pem",
    "/opt/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/certs/cacert.pem",
    "/usr/local/share/certs/ca-root-nss.crt",
    "/etc/openssl/certs/ca-certificates.crt",
];

/// Where the trusted certificates come from.
#[derive(Debug, Clone)]
pub struct TrustSources {
    /// OS bundle files, the first that holds a certificate is used ([`OS_BUNDLES`] outside
    /// tests: a test passes its own to play a machine without a store).
    pub bundles: Vec<PathBuf>,
    /// `SSL_CERT_FILE`: one PEM file, added to the set.
    pub cert_file: Option<OsString>,
    /// `SSL_CERT_DIR`: folders (separated like `PATH`) whose PEM files are added.
    pub cert_dir: Option<OsString>,
}

impl TrustSources {
    /// The OS bundles, `SSL_CERT_FILE` and `SSL_CERT_DIR` of this process.
    pub fn from_env() -> Self {
        Self {
            bundles: OS_BUNDLES.iter().map(PathBuf::from).collect(),
            cert_file: std::env::var_os("SSL_CERT_FILE").filter(|v| !v.is_empty()),
            cert_dir: std::env::var_os("SSL_CERT_DIR").filter(|v| !v.is_empty()),
        }
    }
}

/// A loaded set of certificates and what it is, for `-v`.
pub struct Roots {
    pub certificates: Vec<CertificateDer<'static>>,
    /// Bundled trust anchors (used when no OS bundle exists).
    pub bundled: bool,
    /// One line: which set, how many certificates, and what the variables added.
    pub description: String,
}

fn plural(n: usize) -> String {
    format!("{n} certificate{}", if n == 1 { "" } else { "s" })
}

/// The certificates of a PEM file; an unreadable file is an error, a file with none is
/// an empty list.
fn read_pem(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let iter = CertificateDer::pem_file_iter(path).map_err(|e| pem_error(&e))?;
    Ok(iter.filter_map(Result::ok).collect())
}

fn pem_error(error: &rustls::pki_types::pem::Error) -> String {
    match error {
        rustls::pki_types::pem::Error::Io(io) => io.to_string(),
        other => format!("{other:?}"),
    }
}

/// What `SSL_CERT_FILE` and `SSL_CERT_DIR` add, and how each reads in the `-v` line.
fn extra_certificates(sources: &TrustSources) -> (Vec<CertificateDer<'static>>, Vec<String>) {
    let mut certificates = Vec::new();
    let mut notes = Vec::new();
    if let Some(file) = &sources.cert_file {
        let path = Path::new(file);
        match read_pem(path) {
            Ok(found) => {
                notes.push(format!(
                    "SSL_CERT_FILE {} ({})",
                    path.display(),
                    plural(found.len())
                ));
                certificates.extend(found);
            }
            Err(e) => notes.push(format!(
                "SSL_CERT_FILE {} could not be read ({e})",
                path.display()
            )),
        }
    }
    if let Some(dirs) = &sources.cert_dir {
        for dir in std::env::split_paths(dirs) {
            let mut found = Vec::new();
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) => {
                    notes.push(format!(
                        "SSL_CERT_DIR {} could not be read ({e})",
                        dir.display()
                    ));
                    continue;
                }
            };
            let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            files.sort();
            for file in files.iter().filter(|f| f.is_file()) {
                found.extend(read_pem(file).unwrap_or_default());
            }
            notes.push(format!(
                "SSL_CERT_DIR {} ({})",
                dir.display(),
                plural(found.len())
            ));
            certificates.extend(found);
        }
    }
    (certificates, notes)
}

/// Reads the trusted certificates of `sources` (Linux and the BSDs): the first OS bundle
/// that holds any, else the bundled Mozilla roots; then `SSL_CERT_FILE` and `SSL_CERT_DIR`.
pub fn load(sources: &TrustSources) -> Roots {
    let os_bundle = sources.bundles.iter().find_map(|path| {
        let found = read_pem(path).ok().filter(|c| !c.is_empty())?;
        Some((path, found))
    });
    let (mut certificates, base, bundled) = match os_bundle {
        Some((path, found)) => {
            let base = format!(
                "the OS trust store {} ({})",
                path.display(),
                plural(found.len())
            );
            (found, base, false)
        }
        None => (
            Vec::new(),
            format!(
                "the bundled Mozilla roots (webpki-roots, {}): no OS trust store in {} places \
                 looked",
                plural(webpki_roots::TLS_SERVER_ROOTS.len()),
                sources.bundles.len()
            ),
            true,
        ),
    };
    let (extra, notes) = extra_certificates(sources);
    certificates.extend(extra);
    let mut description = format!("TLS roots: {base}");
    for note in notes {
        description.push_str(", plus ");
        description.push_str(&note);
    }
    Roots {
        certificates,
        bundled,
        description,
    }
}

/// The verifier every client uses: the real one is built, and the store read, at the
/// first certificate to check.
#[derive(Debug)]
pub struct LazyVerifier {
    sources: TrustSources,
    provider: Arc<CryptoProvider>,
    inner: OnceLock<Result<Arc<dyn ServerCertVerifier>, rustls::Error>>,
}

impl LazyVerifier {
    pub fn new(sources: TrustSources, provider: Arc<CryptoProvider>) -> Self {
        Self {
            sources,
            provider,
            inner: OnceLock::new(),
        }
    }

    /// Whether the store has been read (a run on plain http never reads it).
    pub fn is_loaded(&self) -> bool {
        self.inner.get().is_some()
    }

    fn verifier(&self) -> Result<&Arc<dyn ServerCertVerifier>, rustls::Error> {
        self.inner
            .get_or_init(|| build_verifier(&self.sources, &self.provider))
            .as_ref()
            .map_err(Clone::clone)
    }
}

#[cfg(not(any(target_vendor = "apple", windows)))]
fn build_verifier(
    sources: &TrustSources,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, rustls::Error> {
    let roots = load(sources);
    output::debug(&roots.description);
    let mut store = rustls::RootCertStore::empty();
    if roots.bundled {
        store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    store.add_parsable_certificates(roots.certificates);
    let verifier =
        rustls::client::WebPkiServerVerifier::builder_with_provider(store.into(), provider.clone())
            .build()
            .map_err(|e| rustls::Error::General(e.to_string()))?;
    Ok(verifier)
}

/// macOS and Windows: the OS verifier (it asks the system per certificate, reading no
/// bundle), with `SSL_CERT_FILE` and `SSL_CERT_DIR` added.
#[cfg(any(target_vendor = "apple", windows))]
fn build_verifier(
    sources: &TrustSources,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, rustls::Error> {
    let (extra, notes) = extra_certificates(sources);
    let mut description = "TLS roots: the OS trust store".to_owned();
    for note in notes {
        description.push_str(", plus ");
        description.push_str(&note);
    }
    output::debug(&description);
    let verifier =
        rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())?;
    Ok(Arc::new(verifier))
}

impl ServerCertVerifier for LazyVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.verifier()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    // The signature checks need no roots: the provider's algorithms, as WebPKI's own
    // verifier does.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// ring, the crypto provider (reqwest 0.13's default, aws-lc-rs, is a large C build).
fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    PROVIDER
        .get_or_init(|| Arc::new(rustls::crypto::ring::default_provider()))
        .clone()
}

/// The TLS configuration of every client: one [`LazyVerifier`] per process, so the store
/// is read at most once however many clients a run builds.
pub fn client_config() -> rustls::ClientConfig {
    static SHARED: OnceLock<Arc<LazyVerifier>> = OnceLock::new();
    let verifier = SHARED
        .get_or_init(|| Arc::new(LazyVerifier::new(TrustSources::from_env(), provider())))
        .clone();
    config_with(verifier)
}

/// A TLS configuration trusting what `verifier` trusts.
pub fn config_with(verifier: Arc<LazyVerifier>) -> rustls::ClientConfig {
    let mut config = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .expect("ring supports TLS 1.2 and 1.3")
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    // HTTP/1.1 only, as reqwest itself asks without its http2 feature.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    config
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ca_pem() -> String {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.self_signed(&key).unwrap().pem()
    }

    fn sources(bundles: Vec<PathBuf>) -> TrustSources {
        TrustSources {
            bundles,
            cert_file: None,
            cert_dir: None,
        }
    }

    #[test]
    fn the_first_os_bundle_holding_certificates_is_the_set() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "").unwrap();
        let bundle = dir.path().join("bundle.pem");
        std::fs::write(&bundle, ca_pem() + &ca_pem()).unwrap();
        let later = dir.path().join("later.pem");
        std::fs::write(&later, ca_pem()).unwrap();
        let missing = dir.path().join("missing.pem");
        let roots = load(&sources(vec![missing, empty, bundle.clone(), later]));
        assert!(!roots.bundled);
        assert_eq!(roots.certificates.len(), 2);
        assert_eq!(
            roots.description,
            format!(
                "TLS roots: the OS trust store {} (2 certificates)",
                bundle.display()
            )
        );
    }

    #[test]
    fn without_an_os_bundle_the_bundled_roots_are_the_set() {
        let dir = tempfile::tempdir().unwrap();
        let missing = vec![dir.path().join("a.crt"), dir.path().join("b.pem")];
        let mut no_store = sources(missing);
        no_store.cert_file = Some(dir.path().join("missing-ca.pem").into());
        let roots = load(&no_store);
        assert!(roots.bundled);
        assert!(roots.certificates.is_empty());
        assert_eq!(
            roots.description,
            format!(
                "TLS roots: the bundled Mozilla roots (webpki-roots, {} certificates): no OS \
                 trust store in 2 places looked, plus SSL_CERT_FILE {} could not be read \
                 (No such file or directory (os error 2))",
                webpki_roots::TLS_SERVER_ROOTS.len(),
                dir.path().join("missing-ca.pem").display()
            )
        );
        assert!(webpki_roots::TLS_SERVER_ROOTS.len() > 100);
    }

    #[test]
    fn ssl_cert_file_and_dir_add_to_the_set() {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("bundle.pem");
        std::fs::write(&bundle, ca_pem()).unwrap();
        let file = dir.path().join("private-ca.pem");
        std::fs::write(&file, ca_pem()).unwrap();
        let folder = dir.path().join("certs");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("one.pem"), ca_pem()).unwrap();
        std::fs::write(folder.join("two.pem"), ca_pem() + &ca_pem()).unwrap();
        std::fs::write(folder.join("notes.txt"), "not a certificate").unwrap();
        let mut with_extra = sources(vec![bundle.clone()]);
        with_extra.cert_file = Some(file.clone().into());
        with_extra.cert_dir = Some(folder.clone().into());
        let roots = load(&with_extra);
        assert_eq!(roots.certificates.len(), 5);
        assert_eq!(
            roots.description,
            format!(
                "TLS roots: the OS trust store {} (1 certificate), plus SSL_CERT_FILE {} \
                 (1 certificate), plus SSL_CERT_DIR {} (3 certificates)",
                bundle.display(),
                file.display(),
                folder.display()
            )
        );
    }

    #[test]
    fn building_a_client_reads_no_store() {
        let dir = tempfile::tempdir().unwrap();
        let verifier = Arc::new(LazyVerifier::new(
            sources(vec![dir.path().join("bundle.pem")]),
            provider(),
        ));
        let config = config_with(verifier.clone());
        let _client = reqwest::Client::builder()
            .tls_backend_preconfigured(config)
            .build()
            .unwrap();
        assert!(!verifier.is_loaded());
    }
}
