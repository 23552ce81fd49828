//! Building statements from a table's one column list, so the list a table is written with exists
//! once (in the table's module) and every insert or upsert of that table uses it.

/// `?from, ?from+1, … ?to`: the parameters of a `VALUES (…)` list.
pub(super) fn placeholders(from: usize, to: usize) -> String {
    (from..=to).map(|n| format!("?{n}")).collect::<Vec<_>>().join(", ")
}

/// `a = excluded.a, b = excluded.b …` for every column of `columns` (a comma-separated list) that
/// is not in `except`: an upsert's `DO UPDATE SET` taking the new row's values.
pub(super) fn set_excluded(columns: &str, except: &[&str]) -> String {
    columns
        .split(',')
        .map(str::trim)
        .filter(|column| !except.contains(column))
        .map(|column| format!("{column} = excluded.{column}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_upsert_sets_follow_the_column_list() {
        assert_eq!(placeholders(1, 3), "?1, ?2, ?3");
        assert_eq!(
            set_excluded("id, name,\n created_at", &["id"]),
            "name = excluded.name, created_at = excluded.created_at"
        );
    }
}
