//! Files the tool writes: readable by the owner only; written whole, atomically (temp file
//! + rename); a log written as it goes ([`create_private`]) is the one exception.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// Replaces `path` with `contents` atomically, mode 0600 on Unix, creating the folder
/// (0700) when missing. A crash leaves either the old file or the new one, never half.
pub fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .with_context(|| format!("{} has no parent folder", path.display()))?;
    create_private_dir(dir)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = open_private(&temp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.with_context(|| format!("could not write {}", path.display()))
}

/// Creates (or empties) `path` for writing as it goes (a log), mode 0600 on Unix, creating
/// the folder (0700) when missing. Not atomic: a reader may see it half written.
pub fn create_private(path: &Path) -> anyhow::Result<std::fs::File> {
    if let Some(dir) = path.parent() {
        create_private_dir(dir)?;
    }
    open_private(path).with_context(|| format!("could not create {}", path.display()))
}

fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("could not create {}", dir.display()))
}

fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// The folder of the tool's lock files (`<data dir>/oc-acuity/locks`): they coordinate
/// runs on one machine.
pub fn locks_dir() -> anyhow::Result<std::path::PathBuf> {
    let data = dirs::data_dir()
        .ok_or_else(|| anyhow::anyhow!("no user data folder (set HOME or XDG_DATA_HOME)"))?;
    Ok(data.join("oc-acuity").join("locks"))
}

/// Takes the exclusive advisory lock of the file at `path` (created when missing) without
/// blocking the async runtime, waiting up to `patience` for another holder; released when
/// the returned file is dropped (or the process ends).
pub async fn lock(path: &Path, patience: std::time::Duration) -> anyhow::Result<std::fs::File> {
    if let Some(dir) = path.parent() {
        create_private_dir(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    // Private like every file of ours (it names a profile, or an instance name's hash).
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options
        .open(path)
        .with_context(|| format!("could not open {}", path.display()))?;
    let deadline = std::time::Instant::now() + patience;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                anyhow::bail!(
                    "{} stayed locked for {} s (another oc-acuity run holds it)",
                    path.display(),
                    patience.as_secs()
                )
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("could not lock {}", path.display()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_with_private_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1, "no temp file is left behind");
    }

    /// Every kind of file we create is 0600: whole files, logs, and lock files.
    #[cfg(unix)]
    #[tokio::test]
    async fn logs_and_locks_are_private_too() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("a/sandbox.log");
        drop(create_private(&log).unwrap());
        let lock_path = dir.path().join("b/name.lock");
        let held = lock(&lock_path, std::time::Duration::from_secs(1))
            .await
            .unwrap();
        for path in [&log, &lock_path] {
            let mode = std::fs::metadata(path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", path.display());
        }
        drop(held);
    }
}
