//! Tags by number: each distinct tag (ignoring case) gets an id once, while the day table is
//! built, so the tag comparisons never touch the tag strings again.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The tags of the days in a table.
#[derive(Default)]
pub(crate) struct TagIndex<'a> {
    /// The first spelling of each tag, by id.
    pub names: Vec<&'a str>,
    /// (day offset in the table, tag id) for every tag of every day, a day's tags together.
    pub entries: Vec<(u32, u32)>,
    by_spelling: HashMap<&'a str, u32, BuildHasherDefault<Fnv>>,
    by_folded: HashMap<String, u32>,
}

impl<'a> TagIndex<'a> {
    /// Records the tags of the day at `offset`.
    pub fn add(&mut self, offset: u32, tags: &'a [String]) {
        for tag in tags {
            let id = match self.by_spelling.get(tag.as_str()) {
                Some(id) => *id,
                None => {
                    let next = self.names.len() as u32;
                    let id = *self.by_folded.entry(tag.to_lowercase()).or_insert(next);
                    if id == next {
                        self.names.push(tag);
                    }
                    self.by_spelling.insert(tag, id);
                    id
                }
            };
            self.entries.push((offset, id));
        }
    }
}

/// FNV-1a: tag names are short and come from the person's own journal, so a fast hash without
/// flooding defence is the right trade (SipHash cost more than the rest of the tag pass).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
