//! Reading input lines without ever holding more than [`MAX_LINE_BYTES`]
//! of one: a longer line is read to its end and dropped as it goes.

use std::io::{self, BufRead, Read};

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
    // One byte more than a line may have tells a long line from one that
    // just fits (std's read_until finds the newline fast).
    let limit = MAX_LINE_BYTES as u64 + 1;
    if Read::take(&mut *input, limit).read_until(b'\n', buf)? == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
    } else if buf.len() > MAX_LINE_BYTES {
        // Too long: let go of it and read on to the end of the line.
        let mut length = buf.len() as u64;
        *buf = Vec::new();
        loop {
            let available = match input.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                break;
            }
            match available.iter().position(|&b| b == b'\n') {
                Some(end) => {
                    length += end as u64;
                    input.consume(end + 1);
                    break;
                }
                None => {
                    let all = available.len();
                    length += all as u64;
                    input.consume(all);
                }
            }
        }
        return Ok(Some(Line::TooLong(length)));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(Line::Whole))
}
