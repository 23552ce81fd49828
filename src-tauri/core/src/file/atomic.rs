//! Writing a whole file or nothing: the bytes go to a temporary file in the same folder, are
//! flushed to disk, and only then renamed over the target. A failure at any step leaves the
//! target as it was (absent, or its old content) and removes the temporary file.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use super::disk::sync_folder;
use crate::error::Message;
use crate::{Error, Result};

/// Writes `bytes` to `path` atomically (see the module docs).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomically`], with `write` filling the temporary file; an error from it leaves
/// the target untouched.
pub fn write_atomically_with(path: &Path, write: impl FnOnce(&mut File) -> std::io::Result<()>) -> Result<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => return Err(Error::invalid("path", Message::new("error-path-no-folder"))),
    };
    if path.is_dir() {
        return Err(Error::invalid(
            "path",
            Message::new("error-path-is-folder").arg("path", path.display().to_string()),
        ));
    }
    let mut temp = tempfile::Builder::new().prefix(".resilience-export-").suffix(".tmp").tempfile_in(folder)?;
    write(temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    // Dropping a failed persist's temp file removes it; the target was never touched.
    temp.persist(path).map_err(|err| Error::from(err.error))?;
    // Makes the rename itself durable.
    sync_folder(folder);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn a_new_file_is_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.csv");
        write_atomically(&path, b"day,stress\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"day,stress\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn an_existing_file_is_replaced_only_when_the_write_succeeds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.csv");
        std::fs::write(&path, b"old").unwrap();
        let failed = write_atomically_with(&path, |file| {
            file.write_all(b"half a ch")?;
            Err(std::io::Error::other("disk went away"))
        });
        assert_eq!(failed.unwrap_err().code(), "storage");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert!(leftovers(dir.path()).is_empty(), "the temporary file is removed");
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[test]
    fn a_failed_new_file_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.png");
        let failed = write_atomically_with(&path, |_| Err(std::io::Error::other("no")));
        assert!(failed.is_err());
        assert!(!path.exists());
        assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
    }

    #[test]
    fn a_missing_folder_or_a_folder_as_target_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write_atomically(&dir.path().join("missing/chart.png"), b"x").is_err());
        assert_eq!(write_atomically(dir.path(), b"x").unwrap_err().field(), Some("path"));
        assert_eq!(write_atomically(Path::new("chart.png"), b"x").unwrap_err().field(), Some("path"));
    }
}
