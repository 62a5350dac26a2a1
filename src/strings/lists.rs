//! Long lists read a window at a time: the count line when the whole list is not known, and
//! a person's records in the modules.

/// The count line after End: the last rows are held, the top is not read.
pub fn list_count_last(shown: usize) -> String {
    format!("已显示最后 {shown} 条，向上翻页继续")
}

/// The count line around a record reopened deep in a list: neither end is read.
pub fn list_count_middle(shown: usize) -> String {
    format!("已显示 {shown} 条，向上或向下翻页继续")
}
