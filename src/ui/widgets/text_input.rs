//! One line of editable text with a caret counted in characters (never bytes), so Chinese text
//! edits as it looks.

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Caret position in characters.
    caret: usize,
}

impl TextInput {
    pub fn new(text: &str) -> Self {
        TextInput {
            text: text.to_string(),
            caret: text.chars().count(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn caret(&self) -> usize {
        self.caret
    }

    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.caret = text.chars().count();
    }

    fn byte_at(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map_or(self.text.len(), |(i, _)| i)
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte_at(self.caret);
        self.text.insert(at, c);
        self.caret += 1;
    }

    /// Inserts a whole text at the caret (a paste) in one step.
    pub fn insert_str(&mut self, text: &str) {
        let at = self.byte_at(self.caret);
        self.text.insert_str(at, text);
        self.caret += text.chars().count();
    }

    /// Deletes the character before the caret; false when there was none.
    pub fn backspace(&mut self) -> bool {
        if self.caret == 0 {
            return false;
        }
        self.caret -= 1;
        let at = self.byte_at(self.caret);
        self.text.remove(at);
        true
    }

    /// Deletes the character after the caret; false when there was none.
    pub fn delete(&mut self) -> bool {
        if self.caret >= self.text.chars().count() {
            return false;
        }
        let at = self.byte_at(self.caret);
        self.text.remove(at);
        true
    }

    pub fn left(&mut self) -> bool {
        let moved = self.caret > 0;
        self.caret = self.caret.saturating_sub(1);
        moved
    }

    pub fn right(&mut self) -> bool {
        let moved = self.caret < self.text.chars().count();
        if moved {
            self.caret += 1;
        }
        moved
    }

    /// Puts the caret at char index `at` (clamped to the text).
    pub fn set_caret(&mut self, at: usize) {
        self.caret = at.min(self.text.chars().count());
    }

    pub fn home(&mut self) {
        self.caret = 0;
    }

    pub fn end(&mut self) {
        self.caret = self.text.chars().count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_chinese_by_character() {
        let mut t = TextInput::new("张三");
        t.left();
        t.insert('小');
        assert_eq!(t.text(), "张小三");
        assert_eq!(t.caret(), 2);
        t.backspace();
        assert_eq!(t.text(), "张三");
        t.home();
        t.delete();
        assert_eq!(t.text(), "三");
        assert!(!t.left());
        t.end();
        assert!(!t.right());
        assert!(!t.delete());
    }
}
