//! Enums stored as a short English code and shown as a Chinese label, declared in one line
//! per variant: `ALL` (in display order), `code()`, `label()` and `from_code()`.
//!
//! ```
//! sifa_desk::coded_enum! {
//!     /// How a report was made.
//!     pub enum Way {
//!         Phone = ("phone", "电话"),
//!         Visit = ("visit", "当面"),
//!     }
//! }
//! assert_eq!(Way::from_code("visit"), Some(Way::Visit));
//! assert_eq!(Way::Phone.label(), "电话");
//! assert_eq!(Way::ALL.len(), 2);
//! ```

#[macro_export]
macro_rules! coded_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = ($code:expr, $label:expr) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The Chinese label shown and printed.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The variant of a stored code; None for an unknown code.
            pub fn from_code(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// Every label, in order (for a choice field).
            pub fn labels() -> Vec<String> {
                $name::ALL.iter().map(|v| v.label().to_string()).collect()
            }

            /// The position in [`Self::ALL`] (a choice field's index).
            pub fn index(self) -> usize {
                $name::ALL.iter().position(|v| *v == self).unwrap_or(0)
            }
        }
    };
}
