//! Package strconv: number formatting (`ftoa`) and the natives.

pub mod ftoa;
