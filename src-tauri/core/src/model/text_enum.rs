//! Closed sets of values that are stored in SQLite and sent over IPC as stable snake_case ids.

/// Declares an enum whose variants travel as the given text ids (serde, ts-rs and SQLite alike),
/// with `ALL`, `as_str()`, `Display` and `FromStr`. Parsing an unknown id fails with
/// [`crate::Error::Database`]: ids come from the journal file or the UI's fixed lists, so an
/// unknown one means data this version cannot read (IPC input is refused earlier, by serde).
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $id:tt ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize, ts_rs::TS,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable id, as stored in the journal and sent over IPC.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;

            fn from_str(id: &str) -> crate::Result<Self> {
                $name::ALL.iter().copied().find(|value| value.as_str() == id).ok_or_else(|| {
                    crate::Error::Database(format!(concat!("unknown ", stringify!($name), " “{}”"), id))
                })
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|err: crate::Error| rusqlite::types::FromSqlError::Other(err.into()))
            }
        }
    };
}

pub(crate) use text_enum;
