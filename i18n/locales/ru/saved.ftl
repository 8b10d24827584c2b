# Сохранённая работа: отложенные и переименованные при чтении элементы,
# конфликты между вкладками, баннер, панель резервной копии, итоги
# сохранения и импорта.

## Что слой состояния говорит о сохранённом документе и его элементах.
saved-unreadable-corrupt = сохранённые данные повреждены и не читаются (техническая причина, по-английски: { $detail })
saved-unreadable-foreign = сохранённые данные не принадлежат slacalc ({ $detail })
saved-unreadable-newer = сохранённые данные записаны более новой версией slacalc (версия формата { $found }; эта читает до { $current }); перезагрузите страницу, чтобы получить новую версию
saved-unreadable-invalid = часть сохранённых данных испорчена: { $detail }
saved-not-an-object = это не объект JSON
saved-no-format = в них нет поля "format": "{ $format }"
saved-version-not-whole = версия { $version } — не целое число
saved-version-missing = версия не указана или не является числом
saved-version-zero = версии 0 никогда не было
saved-part-malformed = "{ $name }" испорчено
saved-part-not-a-list = "{ $name }" — не список
saved-item-unknown-kind = у элемента { $number } неизвестный вид { $kind }
# Слова разбора JSON — английские: читателю так и сказано.
saved-decoding-detail = техническая причина, по-английски: { $detail }
saved-item-id = `{ $id }`
saved-item-name = «{ $name }»
saved-item-number = номер { $number }
saved-kept-aside = Сохранённый { $section ->
    [packages] пакет
    [price_books] прайс-лист
   *[scenarios] сценарий
} { $label } нельзя использовать; он отложен без изменений: { $reason }.
saved-renamed = У двух сохранённых { $section ->
    [packages] пакетов
    [price_books] прайс-листов
   *[scenarios] сценариев
} был один идентификатор `{ $from }`; второй, «{ $name }», сохранён как `{ $to }`.
saved-conflict-deleted = «{ $name }» удалён в другой вкладке после того, как вы его открыли. Сохраните свою версию ещё раз или оставьте его удалённым.
saved-conflict-changed = «{ $name }» изменён в другой вкладке после того, как вы его открыли. Оставьте свою версию или версию другой вкладки; пока вы не выберете, ничего не сохраняется.
saved-conflict-changed-before-delete = «{ $name }» изменён в другой вкладке до того, как вы его удалили. Удалите его всё равно или оставьте их версию.
saved-scenario-name = Дайте сценарию название длиной от 1 до { $max } символов.
saved-scenario-no-id = у сценария нет идентификатора
saved-count-packages = { $count ->
    [one] { $count } пакет
    [few] { $count } пакета
    [many] { $count } пакетов
   *[other] { $count } пакета
}
saved-count-price-books = { $count ->
    [one] { $count } прайс-лист
    [few] { $count } прайс-листа
    [many] { $count } прайс-листов
   *[other] { $count } прайс-листа
}
saved-count-scenarios = { $count ->
    [one] { $count } сценарий
    [few] { $count } сценария
    [many] { $count } сценариев
   *[other] { $count } сценария
}

## Приложение: сбои хранилища, баннер и панель резервной копии.
saved-problem-unreadable-kept = Сохранённую работу не удалось прочитать: { $reason }. Копия хранится без изменений в этом браузере; скачайте её ниже, если она нужна. Новая работа сохраняется как обычно.
saved-problem-unreadable-left = Сохранённую работу не удалось прочитать: { $reason }. Она оставлена как есть, и ничего нового не сохраняется, пока вы её не скачаете или не удалите.
saved-problem-not-saved = Последнее изменение не сохранено: { $reason }. Выгрузите резервную копию, затем удалите сохранённое, что больше не нужно.
saved-problem-unavailable = Этот браузер не позволяет slacalc ничего сохранять (локальное хранилище заблокировано); работа сохранится, только пока открыта вкладка. Выгрузите резервную копию, чтобы её сохранить.
saved-problem-not-loaded = Не удалось загрузить часть slacalc, которая читает и сохраняет вашу работу (прервалось соединение или slacalc только что обновился), поэтому сохранённое не показано; хранимые данные остаются как есть, а при сохранении загрузка будет повторена. Проверьте соединение и перезагрузите страницу.
saved-storage-full = хранилище браузера для этого сайта заполнено
saved-storage-refused = браузер отказался сохранять ({ $name })
saved-status-conflict = Не сохранено: элемент изменён в другой вкладке. Выберите версию выше.
saved-status-not-saved = Не сохранено. { $problem }
saved-import-conflict = элемент изменён в другой вкладке
saved-attention = Некоторые сохранённые элементы требуют внимания. Ничего не удалено; выгрузите резервную копию, чтобы сохранить их.
saved-downloaded-escaped = Скачано (в виде строки JSON, все символы сохранены).
saved-unreadable-gone = Нечитаемых данных в этом браузере больше нет.
saved-confirm-discard = Нечитаемые данные не скопированы и не скачаны. Если начать заново, они будут удалены навсегда при следующем сохранении. Сначала скачайте их или нажмите «Удалить их», чтобы продолжить.
saved-download-unreadable = Скачать нечитаемые данные
saved-discard = Удалить их
saved-start-afresh = Начать заново
saved-export-backup = Выгрузить резервную копию
saved-reload-page = Перезагрузить страницу
saved-backup-downloaded = Резервная копия скачана.
saved-deleted-version = (удалено)
saved-kept-mine = Ваша версия сохранена.
saved-your-version = Ваша версия
saved-their-version = Версия другой вкладки
saved-keep-mine = Оставить мою версию
saved-keep-theirs = Оставить версию другой вкладки
saved-title = Сохранённая работа
saved-counts = Сохранено в этом браузере: { $packages }, { $books }, { $scenarios }.
saved-export-everything = Выгрузить всё
saved-import-backup = Загрузить резервную копию
saved-reading-file = Читаем файл…
saved-imported = Загружено: новых — { $added }, заменено — { $replaced } (тот же идентификатор). Ничего не удалено.
saved-imported-kept-aside = Загружено: новых — { $added }, заменено — { $replaced } (тот же идентификатор); нельзя использовать — { $kept }, они отложены (список выше). Ничего не удалено.
saved-aside-title = Отложенные нечитаемые данные
saved-aside-lede = Копии сохранённых данных, которые эта версия slacalc не смогла прочитать; они хранятся, чтобы ничего не пропало. Скачайте их перед удалением.
saved-aside-size = { $kb } КБ
saved-download = Скачать
saved-downloaded = Скачано.
saved-delete = Удалить
saved-delete-for-good = Удалить навсегда — нажмите ещё раз
saved-deleted = Удалено.
