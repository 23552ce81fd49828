//! Body areas: where pain is felt on a day, and where a massage focused. The ids are the rows of
//! the `body_area` table; labels live in the UI.

use super::text_enum::text_enum;

text_enum! {
    /// One area of the body. Declared head to feet, the `sort_order` of the `body_area` table,
    /// so sorting a list of areas puts them in that order.
    pub enum BodyArea {
        Head = "head",
        Jaw = "jaw",
        Neck = "neck",
        Shoulders = "shoulders",
        UpperBack = "upper_back",
        LowerBack = "lower_back",
        Chest = "chest",
        Abdomen = "abdomen",
        Arms = "arms",
        Hands = "hands",
        Hips = "hips",
        Legs = "legs",
        Knees = "knees",
        Feet = "feet",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_json() {
        for &area in BodyArea::ALL {
            assert_eq!(area.as_str().parse::<BodyArea>().unwrap(), area);
            assert_eq!(serde_json::to_value(area).unwrap(), serde_json::Value::from(area.as_str()));
        }
        assert_eq!(serde_json::from_str::<BodyArea>("\"upper_back\"").unwrap(), BodyArea::UpperBack);
    }

    #[test]
    fn unknown_ids_are_refused() {
        assert!("elbow".parse::<BodyArea>().is_err());
        assert!("Head".parse::<BodyArea>().is_err());
        assert!(serde_json::from_str::<BodyArea>("\"upperBack\"").is_err());
    }
}
