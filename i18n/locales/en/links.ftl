# What could not be used from a link (shown above the view).
notice-lang-unknown = The link asks for the language “{ $value }”, which slacalc does not speak; it opens in yours.
# Transitional: a message not yet moved into these files.
untranslated = { $text }
# An error with what it was about in front: "calendar x: …".
error-in-context = { $context }: { $message }
