//! Who is at the desk. Every screen can ask the session (through its `Ctx`); the sign-in and
//! the roles of a later issue live here, so that every check is in one place.

use crate::store::Store;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    operator: String,
}

impl Session {
    /// The operator at the desk ("" before anyone is chosen).
    pub fn operator(&self) -> &str {
        &self.operator
    }

    /// `name` sits down at the desk: the store writes in their name from now on.
    pub fn start(&mut self, store: &mut Store, name: &str) {
        self.operator = name.to_string();
        store.set_operator(name);
    }

    pub fn is_signed_in(&self) -> bool {
        !self.operator.is_empty()
    }
}
