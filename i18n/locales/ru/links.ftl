# Что из ссылки не удалось использовать (показывается над видом).
notice-lang-unknown = Ссылка просит язык «{ $value }», которого slacalc не знает; она открыта на вашем языке.
untranslated = { $text }
error-in-context = { $context }: { $message }
