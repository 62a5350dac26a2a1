//! The filter of a list tab: what the F3 form wrote, what "not filtered" means, and Esc to go
//! back to it. Every list tab keeps its filter here; the list screen asks it whether the list
//! is filtered (for the header line and for Esc) and the F3 form writes it through a handle.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

/// What a list screen needs of any filter, whatever its fields.
pub trait Filtering {
    /// The list shows less than its default.
    fn is_filtered(&self) -> bool;
    /// Back to the default (Esc).
    fn clear(&self);
}

/// A filter of type `F` shared with the F3 form that edits it, and its default.
#[derive(Debug)]
pub struct FilterState<F> {
    current: Rc<RefCell<F>>,
    default: F,
}

impl<F: Clone + PartialEq> FilterState<F> {
    pub fn new(default: F) -> Self {
        FilterState {
            current: Rc::new(RefCell::new(default.clone())),
            default,
        }
    }

    /// The filter in force.
    pub fn get(&self) -> Ref<'_, F> {
        self.current.borrow()
    }

    /// A handle for the F3 form, which writes the filter when it is saved.
    pub fn handle(&self) -> Rc<RefCell<F>> {
        Rc::clone(&self.current)
    }

    pub fn set(&mut self, filter: F) {
        *self.current.borrow_mut() = filter;
    }

    /// The default moved on (today's list after midnight): an unfiltered list follows it.
    pub fn set_default(&mut self, default: F) {
        if !self.is_filtered() {
            self.set(default.clone());
        }
        self.default = default;
    }

    pub fn default_value(&self) -> &F {
        &self.default
    }
}

impl<F: Clone + PartialEq> Filtering for FilterState<F> {
    fn is_filtered(&self) -> bool {
        *self.current.borrow() != self.default
    }

    fn clear(&self) {
        *self.current.borrow_mut() = self.default.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_writes_through_the_handle_and_esc_clears() {
        let f = FilterState::new((1, String::new()));
        assert!(!f.is_filtered());
        *f.handle().borrow_mut() = (1, "张".to_string());
        assert!(f.is_filtered());
        assert_eq!(f.get().1, "张");
        f.clear();
        assert!(!f.is_filtered());
        assert_eq!(*f.get(), (1, String::new()));
    }

    #[test]
    fn an_unfiltered_list_follows_a_new_default_and_a_filtered_one_stays() {
        let mut f = FilterState::new(1);
        f.set_default(2);
        assert_eq!(*f.get(), 2);
        f.set(5);
        f.set_default(3);
        assert_eq!(*f.get(), 5);
        f.clear();
        assert_eq!(*f.get(), 3);
    }
}
