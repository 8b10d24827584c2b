//! Reading input lines without ever holding more than [`MAX_LINE_BYTES`]
//! of one: a longer line is read to its end and dropped as it goes.

use std::io::{self, BufRead};

use crate::MAX_LINE_BYTES;

/// One line of input, without its `\n` (nor a `\r` before it).
pub(crate) enum Line {
    /// The line's bytes, at most [`MAX_LINE_BYTES`] of them (in the
    /// reader's buffer).
    Whole,
    /// Longer than the limit: this many bytes, none of them kept.
    TooLong(u64),
}

/// Reads the next line into `buf` (cleared first); `None` at the end of
/// the input. The last line counts even without a final newline.
pub(crate) fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<Line>> {
    buf.clear();
    let mut length: u64 = 0;
    let mut seen_any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            // End of input.
            if !seen_any {
                return Ok(None);
            }
            break;
        }
        seen_any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(end) => (&available[..end], true),
            None => (available, false),
        };
        length += chunk.len() as u64;
        if length <= MAX_LINE_BYTES as u64 {
            buf.extend_from_slice(chunk);
        } else if !buf.is_empty() {
            // Over the limit: let go of what was kept.
            *buf = Vec::new();
        }
        let used = chunk.len() + usize::from(done);
        input.consume(used);
        if done {
            break;
        }
    }
    if length > MAX_LINE_BYTES as u64 {
        return Ok(Some(Line::TooLong(length)));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(Line::Whole))
}
