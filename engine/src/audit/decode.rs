//! The bytes of an export file as text. Helpdesks write UTF-8, but a
//! spreadsheet saved on a Russian Windows writes Windows-1251, and
//! Excel's "Unicode text" writes UTF-16 with a byte-order mark: each is
//! read as what it is, so Cyrillic headers and values are not garbled.

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (a byte-order mark, if any, is kept for the reader to skip).
    Utf8,
    /// UTF-16 with a byte-order mark, either byte order.
    Utf16,
    /// Windows-1251, the Cyrillic code page: bytes that are not UTF-8.
    Windows1251,
}

/// `bytes` as text, and how they were read: UTF-16 when they start with
/// its byte-order mark, UTF-8 when they are valid UTF-8, else
/// Windows-1251 (every byte is a character there, so nothing is lost).
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(text) = utf16(bytes) {
        return (text, Encoding::Utf16);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&b| windows_1251(b)).collect(),
            Encoding::Windows1251,
        ),
    }
}

fn utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes.get(..2)? {
        [0xFF, 0xFE] => true,
        [0xFE, 0xFF] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks(2).map(|pair| match (pair, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // An odd last byte: half a character, shown as unreadable.
        _ => 0xFFFD,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// One byte of Windows-1251 (as the WHATWG Encoding Standard maps it).
fn windows_1251(byte: u8) -> char {
    match byte {
        0x00..=0x7F => char::from(byte),
        0x80..=0xBF => HIGH[usize::from(byte - 0x80)],
        // А…я, in order.
        _ => char::from_u32(0x0410 + u32::from(byte - 0xC0)).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// Bytes 0x80–0xBF: letters of the other Cyrillic alphabets, typographic
/// marks, Ё and ё.
const HIGH: [char; 64] = [
    '\u{0402}', '\u{0403}', '\u{201A}', '\u{0453}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{20AC}', '\u{2030}', '\u{0409}', '\u{2039}', '\u{040A}', '\u{040C}', '\u{040B}', '\u{040F}',
    '\u{0452}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{0098}', '\u{2122}', '\u{0459}', '\u{203A}', '\u{045A}', '\u{045C}', '\u{045B}', '\u{045F}',
    '\u{00A0}', '\u{040E}', '\u{045E}', '\u{0408}', '\u{00A4}', '\u{0490}', '\u{00A6}', '\u{00A7}',
    '\u{0401}', '\u{00A9}', '\u{0404}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{0407}',
    '\u{00B0}', '\u{00B1}', '\u{0406}', '\u{0456}', '\u{0491}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    '\u{0451}', '\u{2116}', '\u{0454}', '\u{00BB}', '\u{0458}', '\u{0405}', '\u{0455}', '\u{0457}',
];
