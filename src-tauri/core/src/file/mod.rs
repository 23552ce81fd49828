//! The journal *file*, below every table: opening it with or without a key, telling plain from
//! encrypted, private files and folders, where things live in the data folder, checked copies of a
//! whole journal, writing a file whole or not at all, and tidying what an interrupted step left.
//!
//! Nothing here knows a table: [`crate::store`] opens its journal through [`open_connection`],
//! [`crate::encryption`] and [`crate::portability`] copy and move files with these pieces.

pub mod atomic;
mod copy;
mod disk;
mod key;
pub mod key_file;
mod kind;
mod open;
mod paths;
mod private;
pub mod recovery;
mod settle;

pub use atomic::{write_atomically, write_atomically_with};
pub(crate) use copy::{check_copy, export, export_checked};
pub use copy::{fingerprint, Fingerprint};
pub(crate) use disk::{remove_if_exists, remove_quietly, sibling, sync_folder};
pub use key::{DbKey, KEY_LEN};
pub use key_file::KeyFile;
pub use kind::{file_kind, FileKind};
pub use open::{open_connection, OpenFlags};
pub use paths::{backup_folder, BACKUP_FOLDER, JOURNAL_FILE_NAME};
pub use private::ensure_private_dir;
pub(crate) use private::{backup_before_migration, create_private_file_if_missing};
pub use settle::settle;
pub(crate) use settle::{DECRYPTING, ENCRYPTING};
