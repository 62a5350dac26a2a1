//! A code list as the choices of a form field: labels to show, codes to store.

use crate::domain::module::CodeList;
use crate::store::{self, Store, codes};

#[derive(Debug, Clone, Default)]
pub struct CodeChoice {
    codes: Vec<String>,
    labels: Vec<String>,
}

impl CodeChoice {
    /// The entries in use of `list`, plus `keep` if it is a retired entry that a record being
    /// edited still holds (so editing never silently changes it).
    pub fn load(store: &Store, list: CodeList, keep: &[String]) -> store::Result<CodeChoice> {
        let mut choice = CodeChoice::default();
        for c in codes::list(store, list, false)? {
            if !c.retired || keep.contains(&c.code) {
                choice.codes.push(c.code);
                choice.labels.push(c.label);
            }
        }
        Ok(choice)
    }

    /// Choices that are not codes of the database (operators by name …).
    pub fn of(values: Vec<String>) -> CodeChoice {
        CodeChoice {
            codes: values.clone(),
            labels: values,
        }
    }

    pub fn labels(&self) -> Vec<String> {
        self.labels.clone()
    }

    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.codes.iter().position(|c| c == code)
    }

    /// The code at a chosen index ("" for none).
    pub fn code(&self, index: Option<usize>) -> String {
        index
            .and_then(|i| self.codes.get(i))
            .cloned()
            .unwrap_or_default()
    }

    pub fn label_of<'a>(&'a self, code: &'a str) -> &'a str {
        self.index_of(code)
            .and_then(|i| self.labels.get(i))
            .map_or(code, String::as_str)
    }
}
