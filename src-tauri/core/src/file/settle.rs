//! Tidying what an interrupted move between plain and encrypted left beside the journal (see
//! [`crate::encryption::migrate`]), before every open.

use std::fs;
use std::path::Path;

use super::disk::sibling;
use super::{file_kind, FileKind, KeyFile};
use crate::Result;

/// The suffix of the new file an encrypt writes beside the journal before the swap.
pub(crate) const ENCRYPTING: &str = ".encrypting";
/// The suffix of the new file a decrypt writes beside the journal before the swap.
pub(crate) const DECRYPTING: &str = ".decrypting";

/// Tidies what an interrupted migration left beside the journal at `journal` (called before
/// every open): unfinished copies go (the journal itself was never touched), and a key file
/// beside a plain journal goes (the swap never happened, or decrypting had finished).
pub fn settle(journal: &Path) -> Result<()> {
    if !journal.exists() {
        return Ok(());
    }
    for suffix in [ENCRYPTING, DECRYPTING] {
        let temp = sibling(journal, suffix);
        for leftover in [temp.clone(), sibling(&temp, "-journal")] {
            if leftover.exists() {
                fs::remove_file(&leftover)?;
            }
        }
    }
    if file_kind(journal)? == FileKind::Plain && KeyFile::read(journal).ok().flatten().is_some() {
        KeyFile::remove(journal)?;
    }
    Ok(())
}
