//! The remote services, each behind one client with typed requests and responses: the
//! platform (`platform`) and Acuity's own API (`acuity`), over one HTTP core (`http`)
//! that owns time limits, retries, logging and the send/parse/error path, and `tls`,
//! the certificates https connections trust (read lazily, once).
//!
//! This layer never prompts, never prints on stdout and knows nothing of clap or settings.

pub mod acuity;
pub mod http;
pub mod platform;
pub mod tls;
