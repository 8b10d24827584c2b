# Saved work: items kept aside or renamed on reading, conflicts between
# tabs, the banner, the backup panel and what a save or an import did.

## What the state layer says about a saved document and its items.
saved-unreadable-corrupt = the saved data is damaged and cannot be read ({ $detail })
saved-unreadable-foreign = the saved data is not slacalc's ({ $detail })
saved-unreadable-newer = the saved data was written by a newer slacalc (format version { $found }; this one reads up to { $current }); reload to get the newer version
saved-unreadable-invalid = part of the saved data is malformed: { $detail }
saved-not-an-object = it is not a JSON object
saved-no-format = it has no "format": "{ $format }" field
saved-version-not-whole = the version { $version } is not a whole number
saved-version-missing = the version is missing or not a number
saved-version-zero = version 0 never existed
saved-part-malformed = "{ $name }" is malformed
saved-part-not-a-list = "{ $name }" is not a list
saved-item-unknown-kind = item { $number } has an unknown kind { $kind }
# The reader's own words for why an item could not be decoded (a JSON
# parser's message, with its line and column).
saved-decoding-detail = { $detail }
saved-item-id = `{ $id }`
saved-item-name = “{ $name }”
saved-item-number = number { $number }
saved-kept-aside = The saved { $section ->
    [packages] package
    [price_books] price book
   *[scenarios] scenario
} { $label } cannot be used and is kept aside unchanged: { $reason }.
saved-renamed = Two saved { $section ->
    [packages] packages
    [price_books] price books
   *[scenarios] scenarios
} had the id `{ $from }`; the second, “{ $name }”, is kept as `{ $to }`.
saved-conflict-deleted = “{ $name }” was deleted in another tab after you opened it. Save your version again, or let it stay deleted.
saved-conflict-changed = “{ $name }” was changed in another tab after you opened it. Keep your version or theirs; nothing is saved until you choose.
saved-conflict-changed-before-delete = “{ $name }” was changed in another tab before you deleted it. Delete it anyway, or keep their version.
saved-scenario-name = Give the scenario a name of 1 to { $max } characters.
saved-scenario-no-id = the scenario has no id
saved-count-packages = { $count ->
    [one] { $count } package
   *[other] { $count } packages
}
saved-count-price-books = { $count ->
    [one] { $count } price book
   *[other] { $count } price books
}
saved-count-scenarios = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}

## The app: storage problems, the banner and the backup panel.
saved-problem-unreadable-kept = Your saved work could not be read: { $reason }. A copy is kept unchanged in this browser; download it below if you need it. New work is saved as usual.
saved-problem-unreadable-left = Your saved work could not be read: { $reason }. It is left untouched and nothing new is saved until you download it or discard it.
saved-problem-not-saved = Your latest change is not saved: { $reason }. Export a backup, then remove saved items you no longer need.
saved-problem-unavailable = This browser does not let slacalc save anything (local storage is blocked); your work lasts until you close the tab. Export a backup to keep it.
saved-problem-not-loaded = The part of slacalc that reads and saves your work could not be downloaded (the connection dropped, or slacalc was just updated), so your saved work is not shown; what is stored stays as it is, and saving tries the download again. Check the connection and reload the page.
saved-storage-full = the browser's storage for this site is full
saved-storage-refused = the browser refused to save ({ $name })
saved-status-conflict = Not saved: it was changed in another tab. Choose a version above.
saved-status-not-saved = Not saved. { $problem }
saved-import-conflict = an item changed in another tab
saved-attention = Some saved items need your attention. Nothing was deleted; export a backup to keep a copy.
saved-downloaded-escaped = Downloaded (as a JSON string, every character kept).
saved-unreadable-gone = The unreadable data is no longer in this browser.
saved-confirm-discard = The unreadable data has not been copied or downloaded. Starting afresh deletes it for good when you next save. Download it first, or press “Discard it” to go on.
saved-download-unreadable = Download the unreadable data
saved-discard = Discard it
saved-start-afresh = Start afresh
saved-export-backup = Export a backup
saved-reload-page = Reload the page
saved-backup-downloaded = Backup downloaded.
saved-deleted-version = (deleted)
saved-kept-mine = Saved your version.
saved-your-version = Your version
saved-their-version = The other tab's version
saved-keep-mine = Keep mine
saved-keep-theirs = Keep theirs
saved-title = Saved work
saved-counts = { $packages }, { $books }, { $scenarios } saved in this browser.
saved-export-everything = Export everything
saved-import-backup = Import a backup
saved-reading-file = Reading the file…
saved-imported = Imported: { $added } new, { $replaced } replaced (same id). Nothing was removed.
saved-imported-kept-aside = Imported: { $added } new, { $replaced } replaced (same id); { $kept } cannot be used and are kept aside (listed above). Nothing was removed.
saved-aside-title = Unreadable data kept aside
saved-aside-lede = Copies of saved data this slacalc could not read, kept so nothing is lost. Download them before deleting.
saved-aside-size = { $kb } KB
saved-download = Download
saved-downloaded = Downloaded.
saved-delete = Delete
saved-delete-for-good = Delete for good — click again
saved-deleted = Deleted.
