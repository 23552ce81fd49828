//! A serde serializer that records every floating-point number a value serializes, so a test
//! can prove that no NaN or infinity would reach JSON (serde_json silently writes those as
//! `null`, which hides them).

use std::fmt;

use serde::ser::{self, Serialize};

/// Every `f64`/`f32` that `value` serializes, in order.
pub fn numbers<T: Serialize>(value: &T) -> Vec<f64> {
    let mut probe = Probe(Vec::new());
    value.serialize(&mut probe).expect("probing never fails");
    probe.0
}

struct Probe(Vec<f64>);

#[derive(Debug)]
pub struct ProbeError(String);

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProbeError {}

impl ser::Error for ProbeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ProbeError(msg.to_string())
    }
}

type Result = std::result::Result<(), ProbeError>;

macro_rules! ignore {
    ($($name:ident: $t:ty),*) => {
        $(fn $name(self, _: $t) -> Result { Ok(()) })*
    };
}

impl ser::Serializer for &mut Probe {
    type Ok = ();
    type Error = ProbeError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    ignore!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_char: char,
        serialize_str: &str, serialize_bytes: &[u8], serialize_unit_struct: &'static str);

    fn serialize_f32(self, v: f32) -> Result {
        self.0.push(f64::from(v));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result {
        self.0.push(v);
        Ok(())
    }
    fn serialize_none(self) -> Result {
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result {
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self, ProbeError> {
        Ok(self)
    }
}

macro_rules! compound {
    ($($trait:ident :: $method:ident),*) => {
        $(impl ser::$trait for &mut Probe {
            type Ok = ();
            type Error = ProbeError;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
                value.serialize(&mut **self)
            }
            fn end(self) -> Result {
                Ok(())
            }
        })*
    };
}

compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

macro_rules! fields {
    ($($trait:ident),*) => {
        $(impl ser::$trait for &mut Probe {
            type Ok = ();
            type Error = ProbeError;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &'static str, value: &T) -> Result {
                value.serialize(&mut **self)
            }
            fn end(self) -> Result {
                Ok(())
            }
        })*
    };
}

fields!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for &mut Probe {
    type Ok = ();
    type Error = ProbeError;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

#[test]
fn the_probe_sees_numbers_that_json_would_hide() {
    #[derive(serde::Serialize)]
    struct Sample {
        a: f64,
        b: Option<f64>,
        c: Vec<(u8, f64)>,
    }
    let sample = Sample { a: 1.5, b: Some(f64::NAN), c: vec![(1, f64::INFINITY)] };
    let seen = numbers(&sample);
    assert_eq!(seen[0], 1.5);
    assert!(seen[1].is_nan() && seen[2].is_infinite());
    assert_eq!(serde_json::to_string(&sample).unwrap(), r#"{"a":1.5,"b":null,"c":[[1,null]]}"#);
}
