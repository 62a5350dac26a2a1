//! Printouts in general: formats, files, printing.

// ---- report ------------------------------------------------------------------------------
/// Between a label and its value on a printout: 法律咨询：12, 经办人：________.
pub const REPORT_LABEL_SEP: &str = "：";
/// The blank a person signs on.
pub const REPORT_SIGNATURE_BLANK: &str = "________";
/// Font named in XLSX cells (Excel and WPS on Chinese Windows know it by this name).
pub const REPORT_XLSX_FONT: &str = "宋体";
/// XLSX page footer: &P is the page, &N the number of pages.
pub const REPORT_XLSX_FOOTER: &str = "&C第 &P 页 共 &N 页";
pub const REPORT_FONT_NOT_FOUND: &str = "文件不存在";
pub const REPORT_FONT_NOT_A_FONT: &str = "不是可用的字体文件（TTF、OTF 或 TTC）";
pub const REPORT_FONT_NO_CHINESE: &str = "这个字体没有简体中文字形";
pub const REPORT_IO_NO_FOLDER: &str = "文件夹不存在";
pub const REPORT_IO_DENIED: &str =
    "没有写入权限，或文件正被其他程序（如 Excel、WPS、PDF 阅读器）打开，请先关闭它";
pub const REPORT_IO_IS_FOLDER: &str = "这是一个文件夹，请给出文件名";
pub const REPORT_IO_DISK_FULL: &str = "磁盘已满";
pub const REPORT_IO_READ_ONLY: &str = "磁盘或文件夹是只读的";

pub fn report_page_label(page: usize, pages: usize) -> String {
    format!("第 {page} 页 共 {pages} 页")
}

pub fn report_unknown_format(typed: &str) -> String {
    format!("不认识的格式「{typed}」，可选：pdf、xlsx、csv、txt")
}

pub fn report_no_font(tried: &[String]) -> String {
    let mut text = String::from(
        "找不到可用的中文字体，无法生成 PDF。请安装一个简体中文字体（Linux：Noto Sans CJK 或文泉驿；Windows：宋体 SimSun 或微软雅黑），或在 设置 → 显示与打印 → PDF 字体文件 中指定一个字体文件。XLSX、CSV、TXT 格式不需要字体，仍可导出。",
    );
    if !tried.is_empty() {
        let shown: Vec<&str> = tried.iter().take(6).map(String::as_str).collect();
        text.push_str(&format!("（已查找：{}", shown.join("、")));
        if tried.len() > shown.len() {
            text.push_str(&format!(" 等 {} 处", tried.len()));
        }
        text.push('）');
    }
    text
}

pub fn report_font_unusable(path: &str, reason: &str) -> String {
    format!(
        "PDF 字体文件不能用：{path}（{reason}）。请在 设置 → 显示与打印 → PDF 字体文件 中改选一个简体中文字体，或清空该项以自动查找。"
    )
}

pub fn report_io(path: &str, reason: &str) -> String {
    format!("无法写入文件 {path}：{reason}。没有留下不完整的文件。")
}

pub fn report_xlsx_failed(detail: &str) -> String {
    format!("生成 XLSX 文件出错：{detail}")
}

pub fn report_pdf_failed(detail: &str) -> String {
    format!("生成 PDF 文件出错：{detail}")
}

/// Stands for the built-in font where a font file's path would be shown.
pub const REPORT_FONT_BUILT_IN: &str = "（内置字体 Noto Sans CJK SC）";
