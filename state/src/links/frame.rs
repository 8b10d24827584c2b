//! What every link may carry besides its view's inputs: the language it
//! opens in and embed mode. The app writes the frame onto every address it
//! puts in the URL or hands out, so a shared link opens in the sender's
//! language and an embed stays an embed.

use slacalc_i18n::{msg, Lang, Text};

use super::{is_embed, Field, Notice};
use crate::query::Query;

/// The language and embed mode a link asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Frame {
    /// `lang=ru|en`; `None` when the link does not say.
    pub lang: Option<Lang>,
    /// `embed=1`: the bare view, for an iframe.
    pub embed: bool,
}

impl Frame {
    /// Reads the frame from a query; a language slacalc does not speak is
    /// a notice, and the reader's own language is used.
    pub fn read(query: &Query) -> (Frame, Vec<Notice>) {
        let mut notices = Vec::new();
        let lang = query.get(Field::Lang.key()).and_then(|tag| {
            let lang = Lang::from_tag(&tag);
            if lang.is_none() {
                notices.push(Notice::text(
                    Field::Lang,
                    Text::new(msg::NOTICE_LANG_UNKNOWN).with("value", tag),
                ));
            }
            lang
        });
        let embed = is_embed(query.get(Field::Embed.key()).as_deref());
        (Frame { lang, embed }, notices)
    }

    /// `href` (a path with or without a query) with this frame's pairs
    /// added at the end, replacing any it had.
    pub fn apply(&self, href: &str) -> String {
        let (path, search) = href.split_once('?').unwrap_or((href, ""));
        let mut query = Query::parse(search);
        query.remove(Field::Lang.key());
        query.remove(Field::Embed.key());
        if let Some(lang) = self.lang {
            query.set(Field::Lang.key(), lang.code());
        }
        if self.embed {
            query.set(Field::Embed.key(), "1");
        }
        let search = query.to_query();
        if search.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{search}")
        }
    }
}
