//! Demo data (being written).
use crate::store::Store;
pub enum Scale {
    Township,
    County,
}
pub struct Summary {
    pub offices: usize,
    pub persons: usize,
}
pub fn generate(
    _s: &mut Store,
    _sc: Scale,
    _seed: u64,
    _t: chrono::NaiveDate,
) -> Result<Summary, String> {
    Err("demo: not yet".into())
}
